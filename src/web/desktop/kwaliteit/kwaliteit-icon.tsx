/**
 * The marks' icons as inline SVG: emoji and dingbats are missing from many fonts (and render as
 * empty boxes there). Always next to a text label, so hidden from assistive technology.
 */
export type IconName = 'waarschuwing' | 'verificatie' | 'stilte' | 'zin';

const PATHS: Record<IconName, string> = {
  waarschuwing: 'M8 1 15.5 14.5H.5Zm-.9 5v4.2h1.8V6Zm0 5.4v1.8h1.8v-1.8Z',
  verificatie: 'M6.2 13.4 1.4 8.6l1.4-1.4 3.4 3.4 7-7 1.4 1.4Z',
  stilte: 'M4 2.5h2.8v11H4Zm5.2 0H12v11H9.2Z',
  zin: 'M8 1.2a1 1 0 0 1 1 1v.6a4.5 4.5 0 0 1 3.5 4.4v3.3l1.5 1.8v.9H2v-.9l1.5-1.8V7.2A4.5 4.5 0 0 1 7 2.8v-.6a1 1 0 0 1 1-1ZM6.3 13.8h3.4a1.7 1.7 0 0 1-3.4 0Z',
};

export function KwIcon({ name }: { name: IconName }) {
  return (
    <svg
      className={`loket-kw-icon loket-kw-icon--${name}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
