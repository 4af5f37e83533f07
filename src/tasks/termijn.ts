/**
 * When a task is due (the werklijst orders by it in SQL, werklijst.queries.ts). Pure: the caller supplies the deadline
 * function (working days in the team's calendar) and the moment it is now.
 */
export interface TaakMetTermijn {
  status: string;
  deadline: string;
  teLaat: boolean;
}

export function termijnVan(
  taak: { status: string; uiterlijkOp: string | null; toegewezenOp: string },
  now: Date,
  berekend: (van: Date) => Date,
): { deadline: string; teLaat: boolean } {
  // An explicit "uiterlijk op" from whoever sent the task wins over the team's standard term.
  const deadline = taak.uiterlijkOp ?? berekend(new Date(taak.toegewezenOp)).toISOString();
  return { deadline, teLaat: taak.status === 'te_verwerken' && Date.parse(deadline) < now.getTime() };
}
