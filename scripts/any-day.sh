#!/usr/bin/env bash
# The test suite passes on any day of the year: runs the date-sensitive test files on PGlite with
# the whole test process's clock faked by libfaketime (apt-get install faketime) at awkward
# moments and in other time zones. PGlite runs inside the process, so the database's now() is
# faked too; PostgreSQL is a separate server, so this script never uses TEST_DATABASE_URL.
#
#   scripts/any-day.sh            every moment below
#   scripts/any-day.sh 3 7        only the third and seventh moments (1-based), e.g. to repeat a red run
set -euo pipefail
cd "$(dirname "$0")/.."

LIB=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1 || true)
[ -n "$LIB" ] || { echo "any-day: libfaketime is missing (apt-get install faketime)" >&2; exit 1; }

# The files whose code decides by the date or the hour, or whose tests build dates.
FILES=(
  src/platform/local-day.test.ts
  src/channels/telefoon/openingstijden.test.ts
  src/channels/telefoon/terugbel.test.ts
  src/routing/routing.test.ts
  src/tasks/tasks.test.ts
  src/bewaartermijnen/bewaartermijnen.test.ts
  src/knowledge/review-reminders.test.ts
  src/knowledge/editor.test.ts
  src/auth/auth.test.ts
  src/conversations/antwoord-grenzen.test.ts
  src/web/desktop/inbox/inbox-logic.test.ts
  src/web/desktop/gesprek/kanaalgrenzen-logic.test.ts
  src/web/desktop/analyse/period-logic.test.ts
  src/web/desktop/analyse/analyse-logic.test.ts
  src/web/desktop/kwaliteit/alert-logic.test.ts
  src/web/desktop/kwaliteit/kwaliteit-logic.test.ts
  src/web/desktop/kennisbank/kennisbank-logic.test.ts
  src/web/desktop/partij/tijdlijn-logic.test.ts
)

# moment in UTC | time zone of the test process | what makes it awkward
MOMENTS=(
  "2026-12-06 19:30:00|Europe/Amsterdam|Sunday 20:30: no slots left today, the weekend is over tomorrow"
  "2026-12-24 20:00:00|Europe/Amsterdam|Christmas Eve 21:00"
  "2026-12-31 22:58:00|Europe/Amsterdam|New Year's Eve 23:58: the year changes during the run"
  "2027-03-28 00:58:00|Europe/Amsterdam|01:58 CET: the clocks go forward (02:00 -> 03:00) during the run"
  "2026-10-25 00:30:00|Europe/Amsterdam|02:30 CEST: the clocks go back (03:00 -> 02:00) during the run"
  "2028-02-29 11:00:00|Europe/Amsterdam|leap day 2028, 12:00"
  "2026-12-31 23:30:00|America/Los_Angeles|still 31 December on the machine, 1 January in Amsterdam"
  "2026-12-06 16:00:00|Asia/Tokyo|already Monday on the machine, Sunday afternoon in Amsterdam"
)

failed=()
start=$SECONDS
for i in "${!MOMENTS[@]}"; do
  [ $# -gt 0 ] && [[ " $* " != *" $((i + 1)) "* ]] && continue
  IFS='|' read -r utc zone why <<<"${MOMENTS[$i]}"
  # libfaketime reads the moment as local time of the process's zone.
  local_time=$(TZ=$zone date -d "$utc UTC" '+%Y-%m-%d %H:%M:%S')
  echo "== any-day $((i + 1))/${#MOMENTS[@]}: $utc UTC ($local_time $zone) — $why"
  # Monotonic time stays real: vitest's and esbuild's timers wait on it.
  if ! env -u TEST_DATABASE_URL TZ="$zone" LD_PRELOAD="$LIB" FAKETIME="@$local_time" FAKETIME_DONT_FAKE_MONOTONIC=1 \
    npx vitest run --reporter=dot "${FILES[@]}"; then
    failed+=("$((i + 1)): $utc UTC in $zone")
  fi
done
echo "== any-day: $((SECONDS - start)) s"
if [ ${#failed[@]} -gt 0 ]; then
  printf 'any-day: red at %s\n' "${failed[@]}" >&2
  exit 1
fi
