import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api/client.ts';
import { en } from './en.ts';
import { nl, type Messages } from './nl.ts';

/**
 * A typed dictionary instead of i18next: the desktop has two languages and a few hundred strings,
 * the compiler checks that English has every Dutch key and every parameter, and nothing loads at
 * run time.
 */
export type Lang = 'nl' | 'en';
const dictionaries: Record<Lang, Messages> = { nl, en };
const STORAGE_KEY = 'loket.taal';

interface I18n {
  lang: Lang;
  t: Messages;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n>({ lang: 'nl', t: nl, setLang: () => undefined });

function initialLang(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'nl' ? stored : 'nl';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem(STORAGE_KEY, lang);
    setApiLanguage(lang);
  }, [lang]);
  return <I18nContext.Provider value={{ lang, t: dictionaries[lang], setLang }}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
export const useT = () => useContext(I18nContext).t;

/** A waiting time in words: "45 s", "12 min", "1 u 5 min". */
export function formatDuration(t: Messages, seconds: number): string {
  if (seconds < 60) return t.tijd.seconden(seconds);
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t.tijd.minuten(minutes);
  return t.tijd.uren(Math.floor(minutes / 60), minutes % 60);
}
