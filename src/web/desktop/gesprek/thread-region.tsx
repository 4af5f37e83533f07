import { useEffect, useRef, type ReactNode } from 'react';

const AT_END_PX = 48;

/**
 * The thread in a region of its own that scrolls, so the reply box under it stays in view on a
 * laptop screen. It stays at the newest message while panels around it load and change size,
 * unless the agent has scrolled up to read back. Focusable and named: keyboard users can scroll
 * it too (WCAG 2.1.1).
 */
export function ThreadRegion({ label, children }: { label: string; children: ReactNode }) {
  const region = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  useEffect(() => {
    const el = region.current;
    if (!el || !content.current || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (atEnd.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    observer.observe(content.current);
    return () => observer.disconnect();
  }, []);
  const onScroll = () => {
    const el = region.current;
    if (el) atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < AT_END_PX;
  };
  return (
    <div ref={region} className="loket-gesprek__draad" role="region" aria-label={label} tabIndex={0} onScroll={onScroll}>
      <div ref={content}>{children}</div>
    </div>
  );
}
