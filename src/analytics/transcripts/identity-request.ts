/** What identification details an agent turn asks for, and about whom. */
import { RELATION, type PersonRef } from './relations.ts';

export interface IdentityRequest {
  name: boolean;
  givenName: boolean;
  surname: boolean;
  dateOfBirth: boolean;
  address: boolean;
  /** null: the agent did not say whose; the dialogue decides (whose details are being collected). */
  about: PersonRef | null;
}

const ABOUT_OTHER = [
  new RegExp(`\\b(?:haar|zijn) (?:volledige |eigen )?(?:naam|voornaam|achternaam|geboortedatum|postcode|adres|huisnummer)\\b`),
  new RegExp(`\\b(?:gegevens|naam|voornaam|geboortedatum|postcode|adres|huisnummer) van uw ${RELATION}\\b`),
  new RegExp(`\\b(?:hoe heet|wat is de naam van|wanneer is) uw ${RELATION}\\b`),
  /\b(?:woont|heet|woonde) (?:zij|ze|hij)\b|\b(?:is|was) (?:zij|ze|hij) geboren\b/,
  /\b(?:naam|voornaam|achternaam|geboortedatum|postcode|adres|huisnummer|gegevens) van (?:meneer|mevrouw|de heer)\b|\b(?:woont|heet) (?:meneer|mevrouw|de heer)\b/,
];
// "uw geboortedatum", "woont u": the agent asks about the person on the phone.
const ABOUT_SPEAKER = /\b(?:uw|u|uzelf|jouw|je)\b/;

export function readIdentityRequest(text: string): IdentityRequest | null {
  const lower = text.toLowerCase();
  const request: IdentityRequest = {
    name: /\b(?:naam|hoe heet|heet u|wie (?:is|ben|spreek))\b/.test(lower),
    givenName: /\bvoornaam\b/.test(lower),
    surname: /\bachternaam\b/.test(lower),
    dateOfBirth: /\b(?:geboortedatum|geboren|geboortedag)\b/.test(lower),
    address: /\b(?:postcode|adres|huisnummer|woont u|waar woont)\b/.test(lower),
    about: ABOUT_OTHER.some((pattern) => pattern.test(lower)) ? 'other' : ABOUT_SPEAKER.test(lower) ? 'speaker' : null,
  };
  const asks = request.name || request.givenName || request.surname || request.dateOfBirth || request.address;
  return asks ? request : null;
}

/** The agent asks for the details of someone other than the caller ("de gegevens van uw man"). */
export function asksForOtherPerson(text: string): boolean {
  return readIdentityRequest(text)?.about === 'other';
}
