/**
 * The server names a bad field by its key (字段“joinedAt”); a person knows it by its label. This
 * swaps each key for the label the form shows and hands each field its own sentence, so the
 * problem can be shown under the field it is about.
 */
export function explainServerMessage(message: string, labels: Readonly<Record<string, string>>): { text: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {}
  const relabel = (sentence: string) => sentence.replace(/字段“([A-Za-z.]+)”/g, (whole, key: string) => (labels[key] ? `“${labels[key]}”` : whole))
  const body = message.replace(/^提交的内容有误：/, '').replace(/（另有 \d+ 处）/, '').replace(/。$/, '')
  for (const sentence of body.split('；')) {
    const key = /字段“([A-Za-z.]+)”/.exec(sentence)?.[1]
    if (key && labels[key] && !fields[key]) fields[key] = relabel(sentence)
  }
  return { text: relabel(message), fields }
}
