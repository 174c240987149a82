#!/usr/bin/env bash
# What the waiting room costs a candidate who is in: wrk on the signed-in centre with the room on (default
# capacity) and off, alternating, against a Baokao started with the test switch, e.g.
#   BAOKAO_PORT=8484 BAOKAO_ADMISSION_TEST_KEY=probe ./run.sh      (then, in another shell)
#   scripts/probe-waiting-room.sh http://localhost:8484 probe
# wrk sends only the session cookie, so the room knows it as one visitor by its session. Needs wrk and python3.
set -euo pipefail
BASE="${1:-http://localhost:8080}"
KEY="${2:?give the baokao.admission.test-key of the server}"
ROUNDS="${ROUNDS:-2}"
read -r -d '' SIGN_IN <<'PY' || true
import re, sys, urllib.request, urllib.parse, http.cookiejar
base = sys.argv[1]
jar = http.cookiejar.CookieJar()
class Stay(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), Stay)
body = op.open(base + "/login.xhtml").read().decode()
vs = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', body).group(1)
form = {"loginForm": "loginForm", "loginForm:idType_input": "RESIDENT_ID", "loginForm:idNumber": "110105199003071239",
        "loginForm:password": "Exam2026", "loginForm:submit": "", "jakarta.faces.ViewState": vs}
try:
    op.open(urllib.request.Request(base + "/login.xhtml", data=urllib.parse.urlencode(form).encode()))
except urllib.error.HTTPError as e:
    pass
print(next(c.value for c in jar if c.name == "JSESSIONID"))
PY
SESSION=$(python3 -c "$SIGN_IN" "$BASE")
room() { curl -sf -X PUT -H "X-Baokao-Test-Key: $KEY" "$BASE/api/admission?$1" > /dev/null; }
curl -sf -o /dev/null -H "Cookie: JSESSIONID=$SESSION" "$BASE/candidate/home.xhtml"
for round in $(seq 1 "$ROUNDS"); do
    for mode in ${ORDER:-on off}; do
        if [ "$mode" = on ]; then room "restore=true"; else room "capacity=0"; fi
        echo "== round $round, waiting room $mode"
        wrk -t2 -c16 -d10s --latency -H "Cookie: JSESSIONID=$SESSION" "$BASE/candidate/home.xhtml" \
            | grep -E "Requests/sec|^ +(50|99)%|Non-2xx|Socket errors"
    done
done
room "restore=true"
curl -s "$BASE/api/admission"; echo
