import { Alert, Button, FormField, FormLabel, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { useApiTokensT } from './api-tokens-i18n.ts';

/**
 * The new token's key, shown this once: a warning, the key selectable in a read-only field, and a
 * copy button. Focus lands on the heading so a screen reader hears the warning first.
 */
export function TokenSleutel({
  naam,
  sleutel,
  announce,
  onClose,
}: {
  naam: string;
  sleutel: string;
  announce: (text: string) => void;
  onClose: () => void;
}) {
  const m = useApiTokensT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [gekopieerd, setGekopieerd] = useState<string>();
  useEffect(() => heading.current?.focus(), []);
  const kopieer = async () => {
    const uitkomst = await navigator.clipboard.writeText(sleutel).then(
      () => m.gekopieerd,
      () => m.kopierenMislukt,
    );
    setGekopieerd(uitkomst);
    announce(uitkomst);
  };
  return (
    <section className="loket-panel loket-beheer__waarschuwing" aria-labelledby="token-sleutel-titel">
      <Heading2 id="token-sleutel-titel" ref={heading} tabIndex={-1}>
        {m.sleutelTitel(naam)}
      </Heading2>
      <Alert type="warning">
        <Paragraph>{m.sleutelWaarschuwing}</Paragraph>
      </Alert>
      <FormField>
        <FormLabel htmlFor="token-sleutel">{m.sleutelLabel}</FormLabel>
        <Textbox
          id="token-sleutel"
          readOnly
          value={sleutel}
          className="loket-beheer__sleutel"
          spellCheck={false}
          autoComplete="off"
          onFocus={(e: FocusEvent<HTMLInputElement>) => e.target.select()}
        />
      </FormField>
      <div className="loket-bron-formulier__acties">
        <Button appearance="primary-action-button" onClick={() => void kopieer()}>
          {m.kopieren}
        </Button>
        <Button appearance="secondary-action-button" onClick={onClose}>
          {m.sleutelSluiten}
        </Button>
      </div>
      <p role="status" className="loket-hint">
        {gekopieerd}
      </p>
    </section>
  );
}
