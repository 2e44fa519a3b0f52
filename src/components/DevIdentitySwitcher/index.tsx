import { Text, View } from '@tarojs/components'
import { type CSSProperties, useEffect, useState } from 'react'
import { type DevIdentity, getDevOpenid, listDevIdentities, setDevOpenid } from '@/services/dev-identity'

// Inline styles, not a stylesheet: webpack keeps an imported stylesheet in the weapp build even after
// the component's code is dropped. Dashed amber, unlike the product, so no one takes it for a feature.
const frame: CSSProperties = { display: 'block', marginBottom: '12px', padding: '10px 12px', border: '2px dashed #b86e00', borderRadius: '8px', background: '#fff8e6', fontSize: '15px', lineHeight: 1.5 }
const badge: CSSProperties = { padding: '2px 8px', marginRight: '8px', borderRadius: '4px', background: '#b86e00', color: '#ffffff', fontWeight: 700 }
const row: CSSProperties = { display: 'flex', flexDirection: 'column', justifyContent: 'center', minHeight: '48px', marginTop: '8px', padding: '6px 12px', borderRadius: '6px', background: '#ffffff', border: '1px solid #e2c48f' }
const currentRow: CSSProperties = { ...row, border: '2px solid #b86e00' }
const hint: CSSProperties = { display: 'block', marginTop: '4px', color: '#3d3d3d' }

type ListState = { status: 'closed' } | { status: 'loading' } | { status: 'failed'; message: string } | { status: 'open'; identities: DevIdentity[] }

/**
 * 开发调试 only: act as any demo identity of the local cloud. The choice is sent as the
 * x-dev-openid header, which the gateway uses in place of WeChat's OPENID. Pages render this only
 * under process.env.TARO_ENV === 'h5', so the weapp build drops it.
 */
export function DevIdentitySwitcher() {
  const [current, setCurrent] = useState<string | null>(() => getDevOpenid())
  // With no identity chosen the gateway cannot tell who is calling, so start with the list open.
  const [list, setList] = useState<ListState>(() => (getDevOpenid() ? { status: 'closed' } : { status: 'loading' }))

  useEffect(() => {
    if (list.status !== 'loading') return undefined
    let live = true
    listDevIdentities().then((answer) => {
      if (!live) return
      setList(answer.ok ? { status: 'open', identities: answer.identities } : { status: 'failed', message: answer.message })
    })
    return () => {
      live = false
    }
  }, [list.status])

  function choose(openid: string) {
    setCurrent(openid)
    setList({ status: 'closed' })
    setDevOpenid(openid)
  }

  return (
    <View className='dev-switcher' style={frame}>
      <View>
        <Text style={badge}>开发调试</Text>
        <Text style={{ wordBreak: 'break-all' }}>当前身份：{current ?? '未选择（本地云默认）'}</Text>
      </View>
      {list.status === 'closed' ? (
        <View style={row} onClick={() => setList({ status: 'loading' })}>
          <Text>切换身份</Text>
        </View>
      ) : (
        <View style={row} onClick={() => setList({ status: 'closed' })}>
          <Text>收起</Text>
        </View>
      )}
      {list.status === 'loading' && <Text style={hint}>正在读取演示身份……</Text>}
      {list.status === 'failed' && <Text style={hint}>{list.message}</Text>}
      {list.status === 'open' &&
        list.identities.map((identity) => (
          <View
            key={identity.openid}
            className='dev-switcher__item'
            style={identity.openid === current ? currentRow : row}
            onClick={() => choose(identity.openid)}
          >
            <Text style={{ fontWeight: 700 }}>
              {identity.displayName || '（群众）'} · {identity.roleLabel}
            </Text>
            <Text style={hint}>{identity.orgName ?? '不属于任何组织'}</Text>
          </View>
        ))}
    </View>
  )
}
