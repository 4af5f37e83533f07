/**
 * Personal or case information the agent states that the caller did not say themselves.
 * Whether it came before verification is decided by the caller of this function.
 */
import { createCallerRecord, rememberCallerTurn } from './caller-record.ts';
import { foundInRecords, readsFromRecords, statesAfterLookup, statesCaseStatus } from './case-status.ts';
import { splitClauses } from './clauses.ts';
import { hasAmount, isGeneralAmount, isPersonalAmount } from './personal-amount.ts';
import { findPersonalDetails } from './personal-details.ts';
import { disclosesRecordName } from './record-name.ts';
import type { DisclosureKind, TranscriptSegment } from './types.ts';

export interface FoundDisclosure {
  segment: number;
  kind: DisclosureKind;
}

export function findDisclosures(segments: TranscriptSegment[]): FoundDisclosure[] {
  const said = createCallerRecord();
  const found: FoundDisclosure[] = [];
  segments.forEach((segment, i) => {
    if (segment.speaker === 'klant') {
      rememberCallerTurn(said, segment.text);
      return;
    }
    const kinds = new Set<DisclosureKind>(findPersonalDetails(segment.text, said));
    if (disclosesRecordName(segment.text, said)) kinds.add('naam');
    let fileOpen = false;
    for (const clause of splitClauses(segment.text)) {
      // An amount clause is judged as an amount only, so a fee is not mistaken for a case status.
      // Read from the file, any amount is the caller's ("In het besluit staat … 449 euro").
      if (hasAmount(clause)) {
        if (isPersonalAmount(clause, said) || ((fileOpen || readsFromRecords(clause.lower)) && !isGeneralAmount(clause)))
          kinds.add('bedrag');
      } else if (statesCaseStatus(clause) || (fileOpen && statesAfterLookup(clause))) {
        kinds.add('zaakstatus');
      }
      fileOpen ||= foundInRecords(clause);
    }
    for (const kind of kinds) found.push({ segment: i, kind });
  });
  return found;
}
