import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';

/** A beheer form's refusal: the field it is about by name ('' when no field is to blame) and its text. */
export interface FormulierFout {
  veld: string;
  tekst: string;
}

/** Where a refusal sends focus, as a selector within the form: the field by name, else the message when there is one to focus. */
export function foutDoel(fout: FormulierFout | undefined, foutId: string | undefined): string | undefined {
  if (!fout) return undefined;
  if (fout.veld) return `[name="${fout.veld}"]`;
  return foutId ? `#${foutId}` : undefined;
}

/**
 * Focus in a beheer form: to its heading when it opens; after a refusal to the field to blame, or,
 * when none is and `foutId` is given, to that message (render it with `FormulierVoet focusbaar`).
 * Without `foutId` such a refusal leaves focus where it is; the message is an alert all the same.
 */
export function useFormulierFocus<F extends FormulierFout = FormulierFout>(foutId?: string) {
  const [fout, setFout] = useState<F>();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const doel = foutDoel(fout, foutId);
    if (doel) form.current?.querySelector<HTMLElement>(doel)?.focus();
  }, [fout, foutId]);
  return { fout, setFout, heading, form };
}

/** The frame of a beheer form: a panel named by its heading (h2 on a page of its own, h3 within a section), which takes focus. */
export function BeheerFormulier({
  focus,
  titelId,
  titel,
  kop,
  onSubmit,
  children,
}: {
  focus: { heading: RefObject<HTMLHeadingElement | null>; form: RefObject<HTMLFormElement | null> };
  titelId: string;
  titel: ReactNode;
  kop: 2 | 3;
  onSubmit: (event: FormEvent) => Promise<void>;
  children: ReactNode;
}) {
  const Kop = kop === 2 ? 'h2' : 'h3';
  return (
    <form
      ref={focus.form}
      className="loket-panel loket-bron-formulier"
      aria-labelledby={titelId}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <Kop id={titelId} ref={focus.heading} tabIndex={-1} className={`utrecht-heading-${kop}`}>
        {titel}
      </Kop>
      {children}
    </form>
  );
}
