/** Placeholder until the live alert panel lands: team leads see phrase alerts as they happen. */
export function AlertPanel(_props: { announce: (text: string) => void }) {
  return null;
}
