import { Text, View } from '@tarojs/components'
import type { SuggestionPlace } from '@/services/suggestions'
import './index.scss'

interface Props {
  places: readonly SuggestionPlace[]
  /** What the choice is for, e.g. “先选您要留言的村（或企业）党组织：”. */
  lead?: string
  onPick: (place: SuggestionPlace) => void
}

/**
 * A villager's village (or enterprise) by name, grouped under its township: for someone with no
 * binding who did not come from a poster's code (留言, 公开栏).
 */
export function PlacePicker({ places, lead, onPick }: Props) {
  const groups = new Map<string, SuggestionPlace[]>()
  for (const place of places) groups.set(place.under, [...(groups.get(place.under) ?? []), place])
  return (
    <View>
      {lead && <Text className='screen__lead'>{lead}</Text>}
      {[...groups.entries()].map(([under, list]) => (
        <View key={under}>
          <Text className='pub-place-group'>{under}</Text>
          {list.map((place) => (
            <View key={place.id} className='pub-place' role='button' onClick={() => onPick(place)}>
              <Text>{place.name}</Text>
              <Text className='pub-place__go'>›</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
