package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/evote-org/evote/ballotbox/relay"
	regapi "github.com/evote-org/evote/registrar/api"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/verify"
)

const (
	faultVoters = 40 // voters of TestFaults
	phase       = 8  // voters per phase; one fault during each
)

// TestFaults is a whole election with every role a separate process on
// loopback, each configured by a --config file: the chain node, the
// registrar on a real redis-server (AOF fsynced on every write), the
// relay and five trustee processes (3 of 5). While voters register and
// cast over HTTP and WebSocket, the relay, the registrar, the chain node
// and Redis are each killed with SIGKILL and restarted; a trustee is
// killed before the close and stays away. Then: every acknowledged cast
// is on chain, every issued token is still known to the registrar, the
// tally (with four trustees) and evote verify pass; and every metric
// deploy/'s alerts and dashboard read is served by a role.
func TestFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("a whole election of separate processes with faults")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	begin := time.Now()
	c := newCluster(t, ctx, faultVoters)
	c.ceremony()
	c.serve()
	t.Logf("deployed, ceremony done, polls open: %v", time.Since(begin).Round(time.Millisecond))
	e := newElectorate(c)
	faults := []struct {
		name  string
		crash func() time.Duration
	}{
		{"relay", func() time.Duration { return c.restart(c.relay, c.relayMon) }},
		{"registrar", func() time.Duration { return c.restart(c.registrar, c.regMon) }},
		{"chain node", func() time.Duration {
			before, _ := c.box.Head(ctx)
			took := c.restart(c.node, "")
			after, _ := c.box.Head(ctx)
			t.Logf("chain head %d before the kill, %d after the restart", before, after)
			return took
		}},
		{"redis-server", func() time.Duration {
			start := time.Now()
			c.redis.Kill()
			time.Sleep(time.Second) // down long enough for voters to meet it
			c.redis.Restart()
			waitHealthy(t, c.registrar, c.regMon)
			return time.Since(start)
		}},
	}
	for k, f := range faults {
		done := make(chan struct{})
		go func() { e.vote(k*phase, (k+1)*phase, 3); close(done) }()
		e.waitAcked(int64(k*phase + 2))
		t.Logf("kill -9 of the %s during voting: healthy again after %v", f.name, f.crash().Round(time.Millisecond))
		<-done
	}
	e.vote(len(faults)*phase, faultVoters, 3)
	if t.Failed() {
		t.FailNow()
	}
	c.checkCast(e)
	c.checkSite()
	c.checkMetricNames()
	e.checkTokensKept(faultVoters)
	c.finish(e)
	t.Logf("whole election with faults: %v", time.Since(begin).Round(time.Millisecond))
}

// waitAcked waits until n casts have been acknowledged.
func (e *electorate) waitAcked(n int64) {
	for e.acked.Load() < n {
		if e.c.ctx.Err() != nil {
			e.c.t.Fatalf("only %d casts acknowledged, want %d", e.acked.Load(), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// checkCast waits until the chain holds every acknowledged cast and
// wants the relay to report each included and the registrar to count
// each token.
func (c *cluster) checkCast(e *electorate) {
	// Within a minute: sooner than the relay's ResubmitAfter (2 min), its
	// last resort for casts it believes sent.
	deadline := time.Now().Add(time.Minute)
	for {
		n, err := c.box.BallotCount(c.ctx)
		if err == nil && n == uint64(len(e.trackers)) {
			break
		}
		if time.Now().After(deadline) || n > uint64(len(e.trackers)) {
			c.t.Fatalf("%d ballots on chain, %d acknowledged (%v)\n%s", n, len(e.trackers), err, c.relay.tail())
		}
		time.Sleep(250 * time.Millisecond)
	}
	for _, tr := range e.trackers {
		for u := castStatus(c.t, c.relayURL, tr); u.Status != "included"; u = castStatus(c.t, c.relayURL, tr) {
			if time.Now().After(deadline) {
				c.t.Fatalf("cast %s: %+v, want included\n%s", tr, u, c.relay.tail())
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	m := scrape(c.regMon)
	if served, _ := m.Value("evote_registrar_voters_served"); served != float64(e.tokens) || e.tokens != c.voters {
		c.t.Errorf("registrar counts %v voters served, %d tokens acknowledged, %d voters", served, e.tokens, c.voters)
	}
	c.t.Logf("relay: %s", scrape(c.relayMon).Samples("evote_relay_"))
	c.t.Logf("registrar: %s", m.Samples("evote_registrar_"))
}

// checkSite wants the booth site to serve its pages and its chain API,
// to name the registrar and the relay (other origins, which the booth
// calls directly) in its page and its CSP, to serve none of their
// paths, and to count its requests.
func (c *cluster) checkSite() {
	for _, tc := range []struct {
		path   string
		status int
	}{{"/", 200}, {"/api/election", 200}, {"/track", 200}, {"/relay/healthz", 404}, {"/registrar/healthz", 404}, {"/v1/election", 404},
		{"/healthz", 404}, {"/metrics", 404}} {
		resp, err := http.Get(c.siteURL + tc.path)
		if err != nil {
			c.t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status {
			c.t.Errorf("site %s: %s, want %d", tc.path, resp.Status, tc.status)
		}
		csp := resp.Header.Get("Content-Security-Policy")
		if tc.path == "/" && (!strings.Contains(string(body), `data-registrar="`+c.regURL+`"`) ||
			!strings.Contains(string(body), `data-relay="`+c.relayURL+`"`) || !strings.Contains(csp, " "+c.regURL+" "+c.relayURL+" ")) {
			c.t.Errorf("the booth page does not name the registrar %s and the relay %s (CSP %q)", c.regURL, c.relayURL, csp)
		}
	}
	m := scrape(c.siteMon)
	if answered, _ := m.Value("evote_site_http_requests_total", "code", "2xx"); answered < 3 {
		c.t.Errorf("site metrics: %s\n%s", m.Samples("evote_site_"), c.site.tail())
	}
	c.checkRegistrarKey()
	for _, api := range []string{c.regURL + "/v1/elections/0x00/tokens", c.relayURL + "/v1/casts"} {
		for origin, want := range map[string]int{c.siteURL: http.StatusNoContent, "http://evil.example": http.StatusForbidden} {
			if got := preflight(c.t, api, origin); got != want {
				c.t.Errorf("a preflight from %s to %s: %d, want %d (--allowed-origins in the config file)", origin, api, got, want)
			}
		}
	}
	for _, u := range []string{c.regURL + "/metrics", c.relayURL + "/metrics", c.regURL + "/healthz", c.relayURL + "/healthz"} {
		if resp, err := http.Get(u); err != nil || resp.Body.Close() != nil || resp.StatusCode != http.StatusNotFound {
			c.t.Errorf("%s on the public API: %v %v, want 404 (health and metrics are on --metrics-listen)", u, resp, err)
		}
	}
}

// checkRegistrarKey wants the registrar's election info to give the
// election key on chain: the third source of the booth's check.
func (c *cluster) checkRegistrarKey() {
	tctx, err := c.box.Context(c.ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	key, err := c.box.ElectionKey(c.ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	resp, err := http.Get(fmt.Sprintf("%s/v1/elections/0x%x", c.regURL, tctx.ElectionID))
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	var info regapi.ElectionInfo
	if err := json.NewDecoder(resp.Body).Decode(&info); err != nil || !bytes.Equal(info.ElectionKey, key[:]) {
		c.t.Errorf("the registrar's election key %x (%v), on chain %x", info.ElectionKey, err, key)
	}
}

// preflight is the status of a browser's CORS preflight of a JSON POST
// from origin to url.
func preflight(t *testing.T, url, origin string) int {
	req, _ := http.NewRequest(http.MethodOptions, url, nil)
	req.Header.Set("Origin", origin)
	req.Header.Set("Access-Control-Request-Method", "POST")
	req.Header.Set("Access-Control-Request-Headers", "content-type")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// castStatus asks the relay for the status of the cast with tracker code
// tr.
func castStatus(t *testing.T, url, tr string) relay.Update {
	resp, err := http.Get(url + "/v1/casts/" + tr)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var u relay.Update
	json.NewDecoder(resp.Body).Decode(&u)
	return u
}

// finish closes the polls with trustee 5 absent, tallies with the other
// four, and verifies with evote verify and against what was cast.
func (c *cluster) finish(e *electorate) {
	c.trustees[4].kill()
	c.commission("close") // the registrar sees it and posts its final count; evote tally waits for it
	c.t.Log("polls closed with trustee 5 down")
	c.waitTrustees([]int{1, 2, 3, 4}, 5)
	var failed float64
	for _, url := range c.trusteeURLs[:4] {
		failed += metric(url, "evote_trustee_step_errors_total")
	}
	c.t.Logf("trustees 1 to 4 posted their tally shares (%v failed steps retried)", failed)
	out := run(c.t, c.dir, "tally", "--rpc", c.rpc, "--contract", c.contract, "--key", "commission.key", "--record", "record.jsonl", "--registrar", c.regURL)
	if !strings.Contains(out, "decrypted with trustees") {
		c.t.Fatalf("tally: %s", out)
	}
	voters := fmt.Sprint(faultVoters)
	report := run(c.t, c.dir, "verify", "--rpc", c.rpc, "--contract", c.contract, "--registrar", c.regURL, "--voters", voters, "--quiet")
	run(c.t, c.dir, "verify", "--record", "record.jsonl", "--voters", voters, "--quiet")
	tokens, err := c.box.TokenCount(c.ctx)
	if err != nil || tokens != faultVoters {
		c.t.Errorf("token count on chain %d (%v), want %d", tokens, err, faultVoters)
	}
	id, err := c.box.ElectionID(c.ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	log, err := tally.RegistrarLog(c.regURL, http.DefaultClient)(c.ctx, id)
	if err != nil {
		c.t.Fatal(err)
	}
	rep, err := verify.Chain(c.ctx, c.box, 0, verify.Options{Voters: faultVoters, Log: log})
	if err != nil {
		c.t.Fatal(err)
	}
	if !rep.OK() || !slices.EqualFunc(rep.Counts, e.want, slices.Equal) {
		c.t.Fatalf("verification: %v, counts %v, want %v\n%s", err, rep.Counts, e.want, report)
	}
}
