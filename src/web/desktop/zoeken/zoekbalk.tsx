import { Button, Textbox } from '@utrecht/component-library-react';
import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { href, navigate } from '../ui/route.ts';
import { useZoekenT } from './zoeken-i18n.ts';
import './zoeken.css';

/** The search box in the header; searching opens #/zoeken?q=… (a page of its own, so Back works). */
export function Zoekbalk({ huidig }: { huidig: string }) {
  const z = useZoekenT();
  const [q, setQ] = useState(huidig);
  useEffect(() => setQ(huidig), [huidig]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (q.trim()) navigate(href.zoeken({ q: q.trim() }));
  };
  return (
    <form role="search" className="loket-zoekbalk" onSubmit={submit}>
      <label htmlFor="zoekbalk-q" className="loket-visually-hidden">
        {z.label}
      </label>
      <Textbox
        id="zoekbalk-q"
        type="search"
        value={q}
        maxLength={200}
        onChange={(e: ChangeEvent<HTMLInputElement>) => setQ(e.target.value)}
      />
      <Button type="submit" appearance="secondary-action-button">
        {z.knop}
      </Button>
    </form>
  );
}
