/** "Active" in green, "Deactivated" in grey: words, not colour alone. */
export function StatusTag({ active, label }: { active: boolean; label: string }) {
  return <strong class={`tag ${active ? 'tag--green' : 'tag--grey'}`}>{label}</strong>
}
