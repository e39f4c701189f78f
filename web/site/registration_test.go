package site_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/reglog"
	"github.com/evote-org/evote/web/api"
	"github.com/evote-org/evote/web/internal/browsertest"
	"github.com/evote-org/evote/web/site"
)

// moscow is the time zone the tests' browsers show times in (UTC+3
// all year), and the one the tests expect them in.
var moscow = time.FixedZone("MSK", 3*3600)

// TestRegistrationCheck is the voter's check of the registration log in
// Chromium, on a real election whose registrar posts its roll and its
// counts on chain: a voter who voted in the booth follows the booth's
// link and is told a token was issued in their name in the interval
// ending at the post's time; a voter who never registered is told none
// was; a voter whose code a dishonest registrar used through its own
// API (as one holding the codes file would) is told a token WAS issued
// in their name; a voter with a letter whom the committed roll leaves
// out gets the alarm; after the close the answer is final. The page
// sends the voter id and the code nowhere and asks the registrar for
// the whole log, or for one bucket when told to; an answer of the
// registrar that does not match the chain is refused, whatever is
// changed in it.
func TestRegistrationCheck(t *testing.T) {
	w := newWorld(t, 4)
	w.publishCounts(t)
	left, leftCode := outsideRoll(t)
	b := browsertest.New(t)
	inMoscow(b)

	b.Do("the booth's start page links the check", chromedp.Navigate(w.url+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS("#login-reg-link")))
	b.Do("vote in the booth", w.signIn("V0000"), chromedp.WaitVisible(chromedp.CSS("#step-ballot")), castThird)
	if got := browsertest.Get(b, "the booth's link", chromedp.Evaluate[string](`document.getElementById("done-reg-link").href`)); got != w.url+"/registration" {
		t.Errorf("the booth links the check as %q", got)
	}
	w.goBooth(t).register("V0002", w.codes["V0002"]) // a registrar stuffing with V0002's code
	log := w.waitLog(t, 2)
	w.checkLogAPI(t, log)
	sent := b.Requests()
	b.Do("follow the booth's link", chromedp.Click(chromedp.CSS("#done-reg-link")), chromedp.WaitVisible(chromedp.CSS("#reg-form")))

	r := w.check(b, "V0000", w.codes["V0000"])
	wantRoll(t, r, "Your entry is on the roll the registrar committed on the chain before the polls opened.")
	wantToken(t, r, "A token was issued in your name in the interval ending "+issuedAt(log, 1)+".", "If you did not vote")
	b.Shoot("registration-issued")
	b.CheckAxe("the check of a voter who voted")
	r = w.check(b, "V0001", strings.ToLower(w.codes["V0001"]))
	wantRoll(t, r, "Your entry is on the roll")
	wantToken(t, r, "No token has been issued in your name (as of "+hhmm(log.Intervals[len(log.Intervals)-1].Time)+", the registrar's latest post).")
	b.Shoot("registration-not-issued")
	r = w.check(b, "V0002", w.codes["V0002"])
	wantToken(t, r, "A token was issued in your name in the interval ending "+issuedAt(log, 2)+".")
	b.Do("switch to Russian", chromedp.Click(chromedp.CSS(`a[data-lang="ru"]`)))
	if got := b.Text("#reg-token"); !strings.Contains(got, "На ваше имя выдан жетон: в интервале, закончившемся в "+issuedAt(log, 2)+".") {
		t.Errorf("in Russian: %q", got)
	}
	b.Do("switch back to English", chromedp.Click(chromedp.CSS(`a[data-lang="en"]`)))
	r = w.check(b, left, leftCode)
	wantRoll(t, r, "Your entry is NOT on the roll the registrar committed before the polls opened.")
	b.Shoot("registration-alarm")
	b.CheckAxe("the alarm")

	for _, c := range []struct{ voter, code string }{{"V0001", "0123-4567"}, {"V 1", w.codes["V0001"]}, {"", ""}} {
		r = w.check(b, c.voter, c.code)
		if r.err == "" || r.roll != "" {
			t.Errorf("voter %q, code %q: no error (%+v)", c.voter, c.code, r)
		}
	}
	b.Shoot("registration-bad-code")
	noSecrets(t, sent(), w.codes, left, leftCode)

	w.tamperedChecks(t, b, log)
	w.bucketChecks(t, b, log)

	w.closePolls(t)
	log = w.waitFinal(t)
	r = w.check(b, "V0001", w.codes["V0001"])
	wantToken(t, r, "No token has been issued in your name. This is final: the registrar posted its last report after the polls closed, at "+
		hhmm(log.Intervals[len(log.Intervals)-1].Time)+".")
	b.Do("the booth after the close", chromedp.Navigate(w.url+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS("#closed-reg-link")))
	noSecrets(t, sent(), w.codes, left, leftCode)
}

// regResult is what the page answered: its roll and token boxes, or an
// error.
type regResult struct{ roll, token, err string }

// check runs the check of voter with code on the registration page and
// waits for its answer.
func (w *world) check(b *browsertest.Browser, voter, code string) regResult {
	b.T.Helper()
	b.Do("check "+voter,
		chromedp.Navigate(w.url+"/registration?lang=en"), chromedp.WaitVisible(chromedp.CSS("#reg-form")),
		chromedp.SendKeys(chromedp.CSS("#reg-voter"), voter), chromedp.SendKeys(chromedp.CSS("#reg-code"), code),
		chromedp.Click(chromedp.CSS("#reg-submit")),
		browsertest.Void(chromedp.Poll[bool](`!document.getElementById("reg-result").hidden || !document.getElementById("reg-error").hidden`)))
	r := regResult{err: browsertest.Get(b, "error", chromedp.Evaluate[string](`document.getElementById("reg-error").textContent`))}
	if r.err == "" {
		r.roll, r.token = b.Text("#reg-roll"), b.Text("#reg-token")
	}
	return r
}

func wantRoll(t *testing.T, r regResult, want string) {
	t.Helper()
	if r.err != "" || !strings.Contains(r.roll, want) {
		t.Errorf("roll: %+v, want %q", r, want)
	}
}

func wantToken(t *testing.T, r regResult, want ...string) {
	t.Helper()
	for _, s := range want {
		if r.err != "" || !strings.Contains(r.token, s) {
			t.Errorf("token: %+v, want %q", r, s)
		}
	}
}

// hhmm is a post's time as the page shows it today in Moscow.
func hhmm(sec uint64) string { return time.Unix(int64(sec), 0).In(moscow).Format("15:04") }

// issuedAt is the time of the post whose interval holds issuance n.
func issuedAt(log *api.RegistrationLog, n uint64) string {
	for _, p := range log.Intervals {
		if p.Count >= n {
			return hhmm(p.Time)
		}
	}
	return "never"
}

// inMoscow has the browser show times in Moscow's time zone.
func inMoscow(b *browsertest.Browser) {
	_, err := chromedp.Call(b.Ctx, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "Europe/Moscow"})
	must(b.T, err)
}

// outsideRoll is a voter with a letter (a voting code) whom the
// registrar's committed roll leaves out.
func outsideRoll(t testing.TB) (voter, c string) {
	c, err := code.New(rand.Reader)
	must(t, err)
	return "V0099", c
}

// publishCounts runs the world's registrar's posts: its token counts
// every 200 ms while the polls are open, and the final count once they
// close, as evote registrar serve does every minute.
func (w *world) publishCounts(t testing.TB) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { w.reg.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
}

// siteLog reads the site's GET /api/registration-log.
func (w *world) siteLog(t testing.TB) *api.RegistrationLog {
	resp, err := http.Get(w.url + "/api/registration-log")
	must(t, err)
	defer resp.Body.Close()
	var l api.RegistrationLog
	if err := json.NewDecoder(resp.Body).Decode(&l); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /api/registration-log: %s, %v", resp.Status, err)
	}
	return &l
}

// waitLog waits until the site's view of the log has a count of at
// least n, and returns it.
func (w *world) waitLog(t testing.TB, n uint64) *api.RegistrationLog {
	return w.waitSiteLog(t, func(l *api.RegistrationLog) bool {
		return len(l.Intervals) > 0 && l.Intervals[len(l.Intervals)-1].Count >= n
	})
}

// waitFinal waits until the site's view of the log has the final count.
func (w *world) waitFinal(t testing.TB) *api.RegistrationLog {
	return w.waitSiteLog(t, func(l *api.RegistrationLog) bool {
		return len(l.Intervals) > 0 && l.Intervals[len(l.Intervals)-1].Final
	})
}

func (w *world) waitSiteLog(t testing.TB, done func(*api.RegistrationLog) bool) *api.RegistrationLog {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		l := w.siteLog(t)
		if done(l) {
			return l
		}
		if time.Now().After(deadline) {
			t.Fatalf("the registration log is not posted as awaited: %+v", l)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// checkLogAPI compares the site's view of the log with the chain's
// events and blocks, read by the ballot-box client.
func (w *world) checkLogAPI(t *testing.T, l *api.RegistrationLog) {
	ctx := context.Background()
	rolls, err := w.box.RollPosts(ctx, w.deployed, l.Head)
	must(t, err)
	counts, err := w.box.TokenCounts(ctx, w.deployed, l.Head)
	must(t, err)
	post := func(count uint64, root [32]byte, block uint64, final bool) api.LogPost {
		tm, err := w.box.BlockTime(ctx, block)
		must(t, err)
		return api.LogPost{Count: count, Root: hex.EncodeToString(root[:]), Block: block, Time: tm, Final: final}
	}
	r := rolls[len(rolls)-1]
	want := api.RegistrationLog{ElectionID: fmt.Sprintf("0x%x", w.params.Election.Context.ElectionID), State: "Open", Head: l.Head,
		Roll: ptr(post(r.Count, r.Root, r.Block, false)), Committed: true, Intervals: []api.LogPost{}}
	for _, c := range counts {
		want.Intervals = append(want.Intervals, post(c.Count, c.LogRoot, c.Block, c.Final))
	}
	if got, _ := json.Marshal(l); !bytes.Equal(got, must2(json.Marshal(&want))) {
		t.Errorf("GET /api/registration-log:\n%s\nthe chain:\n%s", got, must2(json.Marshal(&want)))
	}
}

func ptr[T any](v T) *T { return &v }

func must2[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// noSecrets fails if a request names a voter id or a code, in any case
// or spelling.
func noSecrets(t *testing.T, sent []string, codes map[string]string, left, leftCode string) {
	t.Helper()
	secrets := []string{left, leftCode, code.Format(leftCode)}
	for id, c := range codes {
		secrets = append(secrets, id, c, code.Format(c))
	}
	for _, r := range sent {
		for _, s := range secrets {
			if strings.Contains(strings.ToLower(r), strings.ToLower(s)) {
				t.Errorf("a request names %q: %s", s, r)
			}
		}
	}
}

// registrarAsked are the requests sent to the registrar, as "METHOD
// path".
func (w *world) registrarAsked(sent []string) []string {
	var out []string
	for _, r := range sent {
		method, rest, _ := strings.Cut(r, " ")
		if u, _, _ := strings.Cut(rest, " "); strings.HasPrefix(u, w.regURL+"/") {
			out = append(out, method+" "+strings.TrimPrefix(u, w.regURL))
		}
	}
	return out
}

// logAnswer is the registrar's answer of GET .../log/all or .../log/{bb}.
type logAnswer struct {
	Bucket    *int      `json:"bucket,omitempty"`
	Roll      logPart   `json:"roll"`
	Intervals []logPart `json:"intervals"`
}

type logPart struct {
	Count   uint64   `json:"count,omitempty"`
	Entries []string `json:"entries"`
	Path    []string `json:"path,omitempty"`
}

// tampered changes the registrar's answers of the log with f while it
// is set (a proxy between the page and the registrar).
func (w *world) tampered(h http.Handler) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		f := w.tamper.Load()
		if f == nil || !strings.Contains(r.URL.Path, "/log/") {
			h.ServeHTTP(rw, r)
			return
		}
		r.Header.Del("If-None-Match") // the whole answer, to change
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		var a logAnswer
		json.Unmarshal(rec.Body.Bytes(), &a) // for the changes that need it
		body := (*f)(&a)
		if body == nil {
			body = must2(json.Marshal(&a))
		}
		for k, v := range rec.Header() {
			rw.Header()[k] = v
		}
		rw.Header().Del("Content-Length")
		rw.Header().Del("ETag") // not to be taken for the registrar's later
		rw.Header().Set("Cache-Control", "no-store")
		rw.WriteHeader(rec.Code)
		rw.Write(body)
	})
}

// entryOf is voter's log entry (no district), in hex.
func (w *world) entryOf(t testing.TB, voter string) string {
	c, _ := code.Normalize(w.codes[voter])
	l, err := reglog.Leaf(c, w.params.Election.Context.ElectionID, voter)
	must(t, err)
	e, err := reglog.Entry(l, "")
	must(t, err)
	return hex.EncodeToString(e)
}

// without is list without s.
func without(list []string, s string) []string {
	return slices.DeleteFunc(slices.Clone(list), func(x string) bool { return x == s })
}

// refusedBy checks that the page refuses the registrar's answer changed
// by f when V0002 checks.
func (w *world) refusedBy(t *testing.T, b *browsertest.Browser, what string, f func(a *logAnswer) []byte) {
	t.Helper()
	w.tamper.Store(&f)
	defer w.tamper.Store(nil)
	r := w.check(b, "V0002", w.codes["V0002"])
	if !strings.Contains(r.err, "does not match the one posted on the chain") {
		t.Errorf("%s: %+v", what, r)
	}
}

// tamperedChecks: a registrar's answer of the whole log that hides the
// stuffed token, swaps an entry, leaves a voter out of the roll, is not
// JSON, or is not even the log is refused; one that lacks the last
// interval is "not yet served".
func (w *world) tamperedChecks(t *testing.T, b *browsertest.Browser, log *api.RegistrationLog) {
	stuffed, other := w.entryOf(t, "V0002"), w.entryOf(t, "V0003")
	k := slices.IndexFunc(log.Intervals, func(p api.LogPost) bool { return p.Count >= 2 })
	w.refusedBy(t, b, "the stuffed entry hidden", func(a *logAnswer) []byte {
		a.Intervals[k].Entries = without(a.Intervals[k].Entries, stuffed)
		return nil
	})
	b.Shoot("registration-refused")
	b.CheckAxe("the refusal")
	w.refusedBy(t, b, "another voter's entry in its place", func(a *logAnswer) []byte {
		a.Intervals[k].Entries = append(without(a.Intervals[k].Entries, stuffed), other)
		return nil
	})
	w.refusedBy(t, b, "a voter left out of the roll", func(a *logAnswer) []byte {
		a.Roll.Entries = without(a.Roll.Entries, other)
		return nil
	})
	w.refusedBy(t, b, "an entry twice", func(a *logAnswer) []byte {
		a.Roll.Entries = append(without(a.Roll.Entries, other), stuffed)
		return nil
	})
	w.refusedBy(t, b, "not JSON", func(a *logAnswer) []byte { return []byte("<html>") })
	w.refusedBy(t, b, "a string for the roll", func(a *logAnswer) []byte { return []byte(`{"roll":"x","intervals":[]}`) })
	w.refusedBy(t, b, "null", func(a *logAnswer) []byte { return []byte("null") })
	w.refusedBy(t, b, "a number for an interval", func(a *logAnswer) []byte {
		return bytes.Replace(must2(json.Marshal(a)), []byte(`"intervals":[{`), []byte(`"intervals":[7,{`), 1)
	})
	f := func(a *logAnswer) []byte {
		a.Intervals = a.Intervals[:len(a.Intervals)-1]
		return nil
	}
	w.tamper.Store(&f)
	r := w.check(b, "V0002", w.codes["V0002"])
	w.tamper.Store(nil)
	if !strings.Contains(r.err, "does not yet serve the latest part of the log") {
		t.Errorf("an interval short: %+v", r)
	}
}

// bucketChecks serves a site whose page asks for one bucket: the
// registrar is asked for the bucket of the voter's leaf and nothing
// else, the answers are those of the whole log, and a bucket that hides
// the stuffed entry, another bucket or a changed path is refused.
func (w *world) bucketChecks(t *testing.T, b *browsertest.Browser, log *api.RegistrationLog) {
	bin, err := wasm()
	must(t, err)
	s, err := site.New(site.Config{Box: w.box, FromBlock: w.deployed, Wasm: bin, RegistrarURL: w.regURL, RelayURL: w.relayURL, WholeLogMax: -1})
	must(t, err)
	old := w.front.h.Load()
	w.setSite(s.Handler())
	defer w.front.h.Store(old)

	sent := b.Requests()
	r := w.check(b, "V0002", w.codes["V0002"])
	wantToken(t, r, "A token was issued in your name in the interval ending "+issuedAt(log, 2)+".")
	if how := browsertest.Get(b, "how", chromedp.Evaluate[string](`document.getElementById("reg-how-list").textContent`)); !strings.Contains(how, "One group of the log out of 256") {
		t.Errorf("the page does not say it fetched one group: %q", how)
	}
	r = w.check(b, "V0001", w.codes["V0001"])
	wantRoll(t, r, "Your entry is on the roll")
	wantToken(t, r, "No token has been issued in your name")
	b.Shoot("registration-bucket")
	eid := w.params.Election.Context.ElectionID
	want := []string{"GET /v1/elections/" + fmt.Sprintf("0x%x", eid) + "/log/" + w.entryOf(t, "V0002")[:2],
		"GET /v1/elections/" + fmt.Sprintf("0x%x", eid) + "/log/" + w.entryOf(t, "V0001")[:2]}
	if got := w.registrarAsked(sent()); !slices.Equal(got, want) {
		t.Errorf("the registrar was asked %q, want %q", got, want)
	}

	stuffed := w.entryOf(t, "V0002")
	k := slices.IndexFunc(log.Intervals, func(p api.LogPost) bool { return p.Count >= 2 })
	w.refusedBy(t, b, "the stuffed entry hidden from its bucket", func(a *logAnswer) []byte {
		a.Intervals[k].Entries = without(a.Intervals[k].Entries, stuffed)
		return nil
	})
	w.refusedBy(t, b, "another bucket", func(a *logAnswer) []byte {
		*a.Bucket ^= 1
		return nil
	})
	w.refusedBy(t, b, "a path changed", func(a *logAnswer) []byte {
		a.Roll.Path[3] = strings.Repeat("0", 64)
		return nil
	})
	w.refusedBy(t, b, "no path", func(a *logAnswer) []byte {
		a.Intervals[k].Path = nil
		return nil
	})
}

// closePolls closes the polls.
func (w *world) closePolls(t testing.TB) {
	tx, err := w.box.ClosePolls(w.com)
	must(t, err)
	mined(t, w.box, tx)
}
