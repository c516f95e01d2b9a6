import { producerGroupMessages, type ProducerGroup } from "@/lib/cooperative-terms"
import { useMessages } from "@/lib/i18n"

/** The groups a cooperative belongs to, as a labelled list of tags. */
export function ProducerGroupTags({ groups, label }: { groups: readonly ProducerGroup[]; label: string }) {
  const name = useMessages(producerGroupMessages)
  if (groups.length === 0) return null
  return (
    <ul className="group-tags" aria-label={label}>
      {groups.map((group) => (
        <li key={group} className={`group-tags__tag group-tags__tag--${group}`}>
          {name(group)}
        </li>
      ))}
    </ul>
  )
}
