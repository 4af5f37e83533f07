/** A form POST's body, as a browser without JavaScript sends it. */
export const formEncoded = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
