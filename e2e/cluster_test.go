package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/internal/metrics/metricstest"
	"github.com/evote-org/evote/internal/redistest"
	"github.com/evote-org/evote/internal/testnet"
)

// cluster is an election deployed as separate evote processes on
// loopback, each configured by a --config file: a chain node, a registrar
// on a real redis-server, a relay and five trustees (3 of 5).
type cluster struct {
	t        *testing.T
	ctx      context.Context
	dir      string
	voters   int
	addr     map[string]string // role -> chain account address
	rpc      string
	contract string
	box      *ballotbox.Client

	node, registrar, relay, site *proc
	trustees                     []*proc
	redis                        *redistest.Server
	regURL, relayURL, siteURL    string
	nodeMon, regMon, relayMon    string // the roles' private /healthz and /metrics
	siteMon                      string
	trusteeURLs                  []string
}

var clusterRoles = []string{"commission", "relay", "registrar", "t1", "t2", "t3", "t4", "t5"}

// newCluster makes the accounts, starts the node and deploys the sample
// election with a roll of n voters whose codes go to Redis.
func newCluster(t *testing.T, ctx context.Context, n int) *cluster {
	c := &cluster{t: t, ctx: ctx, dir: t.TempDir(), voters: n, addr: map[string]string{}}
	var fund []string
	for _, r := range clusterRoles {
		c.addr[r] = run(t, c.dir, "account", "new", "--out", r+".key")
		fund = append(fund, c.addr[r])
	}
	port := testnet.FreePort(t)
	c.rpc, c.nodeMon = fmt.Sprintf("http://127.0.0.1:%d", port), monitorURL(t)
	c.node = start(t, c.dir, "node", "node", "--config", c.config("node", map[string]any{
		"datadir": "chain", "http-port": port, "ws-port": 0, "block-period": "1s", "fund": fund,
		"metrics-listen": strings.TrimPrefix(c.nodeMon, "http://")}))
	waitHTTP(t, c.node, c.rpc)
	trustees := []string{c.addr["t1"], c.addr["t2"], c.addr["t3"], c.addr["t4"], c.addr["t5"]}
	c.contract = c.commission("deploy", "--manifest", manifestPath(t), "--threshold", "3",
		"--trustees", strings.Join(trustees, ","))
	client, err := ethclient.Dial(c.rpc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	c.box = ballotbox.New(client, common.HexToAddress(c.contract))
	run(t, c.dir, "registrar", "key")
	c.commission("set-registrar", "--registrar", c.addr["registrar"])
	c.redis = redistest.Start(t)
	c.writeRoll()
	run(t, c.dir, "registrar", "codes", "--roll", "roll.csv", "--manifest", manifestPath(t), "--store", c.redis.URL(), "--namespace", "e2e")
	return c
}

// config writes a role's config file and returns its name.
func (c *cluster) config(role string, settings map[string]any) string {
	settings["version"] = 1
	data, err := json.Marshal(settings)
	if err != nil {
		c.t.Fatal(err)
	}
	name := role + ".json"
	if err := os.WriteFile(filepath.Join(c.dir, name), data, 0o644); err != nil {
		c.t.Fatal(err)
	}
	return name
}

// commission runs a commission step with the commission's account.
func (c *cluster) commission(step string, args ...string) string {
	args = append([]string{"commission", step, "--rpc", c.rpc, "--key", "commission.key"}, args...)
	if c.contract != "" {
		args = append(args, "--contract", c.contract)
	}
	return run(c.t, c.dir, args...)
}

func (c *cluster) writeRoll() {
	var b strings.Builder
	b.WriteString("voter_id,name,district\n")
	for i := range c.voters {
		fmt.Fprintf(&b, "%s,Voter %d,centre\n", voterName(i), i)
	}
	if err := os.WriteFile(filepath.Join(c.dir, "roll.csv"), []byte(b.String()), 0o644); err != nil {
		c.t.Fatal(err)
	}
}

func voterName(i int) string { return fmt.Sprintf("V%05d", i) }

// ceremony starts the five trustee processes, finishes the key ceremony
// and checks the test decryption, as docs/operations.md orders it.
func (c *cluster) ceremony() {
	c.commission("start-ceremony")
	os.WriteFile(filepath.Join(c.dir, "passphrase"), []byte("e2e passphrase\n"), 0o600)
	for i := 1; i <= 5; i++ {
		name := fmt.Sprintf("t%d", i)
		run(c.t, c.dir, "trustee", "join", "--config", c.config(name+"-join", c.trusteeSettings(name)))
	}
	for i := 1; i <= 5; i++ {
		name := fmt.Sprintf("t%d", i)
		port := testnet.FreePort(c.t)
		s := c.trusteeSettings(name)
		s["every"], s["metrics-listen"] = "500ms", fmt.Sprintf("127.0.0.1:%d", port)
		c.trustees = append(c.trustees, start(c.t, c.dir, name, "trustee", "run", "--config", c.config(name, s)))
		c.trusteeURLs = append(c.trusteeURLs, fmt.Sprintf("http://127.0.0.1:%d", port))
	}
	c.waitTrustees([]int{1, 2, 3, 4, 5}, 3) // complaints checked
	run(c.t, c.dir, "tally", "ceremony", "--rpc", c.rpc, "--contract", c.contract, "--key", "commission.key")
	c.waitTrustees([]int{1, 2, 3, 4, 5}, 4) // test shares posted
	run(c.t, c.dir, "tally", "test", "--rpc", c.rpc, "--contract", c.contract)
}

func (c *cluster) trusteeSettings(name string) map[string]any {
	return map[string]any{"rpc": c.rpc, "contract": c.contract, "key": name + ".key",
		"state": name + ".secret", "passphrase-file": "passphrase"}
}

// waitTrustees waits until the trustees numbered who report step at
// least step on /metrics (evote_trustee_step).
func (c *cluster) waitTrustees(who []int, step float64) {
	deadline := time.Now().Add(2 * time.Minute)
	for _, i := range who {
		p, url := c.trustees[i-1], c.trusteeURLs[i-1]
		for metric(url, "evote_trustee_step") < step {
			if time.Now().After(deadline) {
				c.t.Fatalf("trustee %d did not reach step %v:\n%s", i, step, p.tail())
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
}

// serve starts the registrar (on Redis) and the relay, each allowing the
// site's origin, and opens the polls.
func (c *cluster) serve() {
	c.siteURL, c.siteMon = fmt.Sprintf("http://127.0.0.1:%d", testnet.FreePort(c.t)), monitorURL(c.t)
	port := testnet.FreePort(c.t)
	c.regURL, c.regMon = fmt.Sprintf("http://127.0.0.1:%d", port), monitorURL(c.t)
	c.registrar = start(c.t, c.dir, "registrar", "registrar", "serve", "--config", c.config("registrar", map[string]any{
		"rpc": c.rpc, "contract": c.contract, "account-key": "registrar.key", "store": c.redis.URL(),
		"namespace": "e2e", "listen": fmt.Sprintf("127.0.0.1:%d", port), "log-format": "json", "allowed-origins": c.siteURL,
		"metrics-listen": strings.TrimPrefix(c.regMon, "http://")}))
	waitHealthy(c.t, c.registrar, c.regMon)
	c.waitRoll()
	c.commission("open")
	port = testnet.FreePort(c.t)
	c.relayURL, c.relayMon = fmt.Sprintf("http://127.0.0.1:%d", port), monitorURL(c.t)
	c.relay = start(c.t, c.dir, "relay", "relay", "--config", c.config("relay", map[string]any{
		"rpc": c.rpc, "contract": c.contract, "key": "relay.key", "outbox": "outbox",
		"listen": fmt.Sprintf("127.0.0.1:%d", port), "allowed-origins": c.siteURL,
		"metrics-listen": strings.TrimPrefix(c.relayMon, "http://")}))
	waitHealthy(c.t, c.relay, c.relayMon)
	c.startSite()
}

// waitRoll waits until the registrar has posted its roll, which it does
// by itself once it runs.
func (c *cluster) waitRoll() {
	deadline := time.Now().Add(2 * time.Minute)
	for {
		_, n, err := c.box.Roll(context.Background())
		if err == nil && n > 0 {
			return
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("the registrar posted no roll (%v):\n%s", err, c.registrar.tail())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// startSite starts the booth site at c.siteURL, naming the registrar and
// the relay (with a stand-in for the booth's WebAssembly: no browser
// runs).
func (c *cluster) startSite() {
	if err := os.WriteFile(filepath.Join(c.dir, "booth.wasm"), []byte("\x00asm"), 0o644); err != nil {
		c.t.Fatal(err)
	}
	c.site = start(c.t, c.dir, "site", "site", "--config", c.config("site", map[string]any{
		"rpc": c.rpc, "contract": c.contract, "registrar": c.regURL, "relay": c.relayURL,
		"wasm": "booth.wasm", "voters": c.voters, "listen": strings.TrimPrefix(c.siteURL, "http://"),
		"metrics-listen": strings.TrimPrefix(c.siteMon, "http://")}))
	waitHealthy(c.t, c.site, c.siteMon)
}

// restart kills p with SIGKILL, starts it again and waits for health
// at url (empty: the chain node, which answers JSON-RPC).
func (c *cluster) restart(p *proc, url string) time.Duration {
	begin := time.Now()
	p.kill()
	p.start()
	if url == "" {
		waitHTTP(c.t, p, c.rpc)
	} else {
		waitHealthy(c.t, p, url)
	}
	return time.Since(begin)
}

// monitorURL is a free loopback address for a role's --metrics-listen.
func monitorURL(t *testing.T) string {
	return fmt.Sprintf("http://127.0.0.1:%d", testnet.FreePort(t))
}

// waitHealthy waits until url/healthz answers 200.
func waitHealthy(t *testing.T, p *proc, url string) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(url + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s is not healthy at %s/healthz:\n%s", p.name, url, p.tail())
}

// scrape reads url/metrics with Prometheus's parser (nothing if it does
// not answer).
func scrape(url string) metricstest.Families {
	m, err := metricstest.Scrape(url + "/metrics")
	if err != nil {
		return metricstest.Families{}
	}
	return m
}

// metric is the value of a sample of url/metrics (0 if there is none).
func metric(url, name string, labels ...string) float64 {
	v, _ := scrape(url).Value(name, labels...)
	return v
}
