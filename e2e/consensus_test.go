package e2e

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/internal/testnet"
)

// chainNet is a chain of separate evote node processes on loopback: the
// authorities' validators, made the way organisations join (evote node
// key, then evote node init --entry), and observers.
type chainNet struct {
	t     testing.TB
	dir   string
	nodes []*chainNode // validators, then observers
}

// chainNode is one evote node process and its JSON-RPC client.
type chainNode struct {
	*proc
	client  *ethclient.Client
	metrics string // base URL of /healthz and /metrics
}

// newChainNet starts validators and observers of a new network that
// funds the given accounts.
func newChainNet(t testing.TB, validators, observers int, fund []common.Address) *chainNet {
	n := &chainNet{t: t, dir: t.TempDir()}
	var entries []string
	for i := range validators {
		name := fmt.Sprintf("authority-%d", i+1)
		entry := run(t, n.dir, "node", "key", "--datadir", name, "--name", name,
			"--consensus-port", strconv.Itoa(testnet.FreePort(t)), "--peer-port", strconv.Itoa(testnet.FreePort(t)))
		path := filepath.Join(n.dir, name+".json")
		if err := os.WriteFile(path, []byte(entry), 0o644); err != nil {
			t.Fatal(err)
		}
		entries = append(entries, "--entry", path)
	}
	args := append([]string{"node", "init", "--dir", n.dir}, entries...)
	for _, a := range fund {
		args = append(args, "--fund", a.Hex())
	}
	run(t, n.dir, args...)
	for i := range validators {
		n.add(fmt.Sprintf("authority-%d", i+1))
	}
	for i := range observers {
		n.add(fmt.Sprintf("observer-%d", i+1),
			"--consensus-addr", fmt.Sprintf("127.0.0.1:%d", testnet.FreePort(t)),
			"--peer-addr", fmt.Sprintf("127.0.0.1:%d", testnet.FreePort(t)))
	}
	for _, c := range n.nodes {
		c.waitRPC()
	}
	return n
}

func (n *chainNet) add(name string, extra ...string) {
	port, metrics := testnet.FreePort(n.t), fmt.Sprintf("127.0.0.1:%d", testnet.FreePort(n.t))
	args := append([]string{"node", "--network", "network.json", "--datadir", name,
		"--http-port", strconv.Itoa(port), "--ws-port", "0", "--metrics-listen", metrics}, extra...)
	p := start(n.t, n.dir, name, args...)
	c, err := ballotbox.Dial(context.Background(), fmt.Sprintf("http://127.0.0.1:%d", port))
	if err != nil {
		n.t.Fatal(err)
	}
	n.t.Cleanup(c.Close)
	n.nodes = append(n.nodes, &chainNode{proc: p, client: c, metrics: "http://" + metrics})
}

// waitRPC waits until the node answers JSON-RPC.
func (c *chainNode) waitRPC() {
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if _, err := c.client.BlockNumber(context.Background()); err == nil {
			return
		}
	}
	c.t.Fatalf("%s did not answer JSON-RPC:\n%s", c.name, c.tail())
}

func (c *chainNode) head() uint64 {
	h, err := c.client.BlockNumber(context.Background())
	if err != nil {
		c.t.Fatalf("%s: %v", c.name, err)
	}
	return h
}

func (c *chainNode) hashAt(h uint64) common.Hash {
	hdr, err := c.client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(h))
	if err != nil {
		c.t.Fatalf("%s: block %d: %v", c.name, h, err)
	}
	return hdr.Hash()
}

// waitHead waits until the node's head reaches h.
func (c *chainNode) waitHead(h uint64, within time.Duration) {
	for deadline := time.Now().Add(within); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if got, err := c.client.BlockNumber(context.Background()); err == nil && got >= h {
			return
		}
	}
	c.t.Fatalf("%s did not reach block %d within %v:\n%s", c.name, h, within, c.tail())
}

// agree waits until every given node has block h and checks that they
// all have the same one.
func (n *chainNet) agree(h uint64, nodes ...*chainNode) common.Hash {
	want := nodes[0].hashAt(h)
	for _, c := range nodes {
		c.waitHead(h, time.Minute)
		if got := c.hashAt(h); got != want {
			n.t.Fatalf("fork at block %d: %s has %s, %s has %s", h, nodes[0].name, want, c.name, got)
		}
	}
	return want
}

// replayed is what the node's last start logged as the number of blocks
// CometBFT replayed into go-ethereum.
func (c *chainNode) replayed() int {
	b, err := os.ReadFile(filepath.Join(c.dir, c.name+".log"))
	if err != nil {
		c.t.Fatal(err)
	}
	m := regexp.MustCompile(`replayed_blocks=(\d+)`).FindAllSubmatch(b, -1)
	if len(m) == 0 {
		c.t.Fatalf("%s logged no start", c.name)
	}
	r, _ := strconv.Atoi(string(m[len(m)-1][1]))
	return r
}

// TestNodeInit: evote node init makes a network of N authorities with
// their keys, each on its own ports, that evote node can load.
func TestNodeInit(t *testing.T) {
	dir := t.TempDir()
	run(t, dir, "node", "init", "--dir", "net", "--authorities", "3", "--port", "40000", "--fund", common.Address{1}.Hex())
	n, err := chain.LoadNetwork(filepath.Join(dir, "net", "network.json"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, a := range n.Authorities {
		if seen[a.Consensus] || seen[a.Peer] {
			t.Fatalf("authority %s shares an address", a.Name)
		}
		seen[a.Consensus], seen[a.Peer] = true, true
		if _, err := os.Stat(filepath.Join(dir, "net", a.Name, "consensus", "config", "priv_validator_key.json")); err != nil {
			t.Fatalf("authority %s: %v", a.Name, err)
		}
	}
	if len(n.Authorities) != 3 || n.Alloc[common.Address{1}] == nil {
		t.Fatalf("network %+v", n)
	}
}

// TestConsensus runs four validator processes and an observer: they agree
// on every block; ballots sent to any node are included; the chain goes on
// with one validator killed (SIGKILL) and loses no ballot; the killed one
// catches up; with two of four down the chain halts without forking and
// resumes when one returns; the observer re-executes and agrees.
func TestConsensus(t *testing.T) {
	if testing.Short() {
		t.Skip("starts five chain nodes")
	}
	e := newElectionAccounts(t, 5)
	n := newChainNet(t, 4, 1, e.addresses())
	v, obs := n.nodes[:4], n.nodes[4]
	e.open(v[0].client)

	// Ballots sent to every node, validators and observer.
	all := e.castEach(n.nodes, 40)
	e.waitIncluded(obs.client, all)
	n.agree(obs.head(), n.nodes...)

	// SIGKILL one validator during voting: the other three go on.
	more := e.castEach(v[:3], 40)
	v[3].kill()
	more = append(more, e.castEach(append(v[:3:3], obs), 40)...)
	e.waitIncluded(v[0].client, more)
	all = append(all, more...)
	h := v[0].head()
	n.agree(h, v[0], v[1], v[2], obs)

	// Restarted, it catches up from its own data, replaying at most the
	// block it was executing when killed.
	v[3].start()
	v[3].waitRPC()
	n.agree(h, n.nodes...)
	t.Logf("authority-4 restarted after SIGKILL: %d blocks replayed into go-ethereum", v[3].replayed())
	if r := v[3].replayed(); r > 1 {
		t.Errorf("authority-4 replayed %d blocks after a kill", r)
	}

	// Two of four down: no two thirds, no block; no fork meanwhile.
	v[2].kill()
	v[3].kill()
	time.Sleep(2 * time.Second) // a block decided just before the kills
	halted := v[0].head()
	pending := e.castEach(v[:2], 20)
	time.Sleep(5 * time.Second)
	if got := v[0].head(); got != halted {
		t.Fatalf("the chain went on from %d to %d with two of four validators down", halted, got)
	}
	n.agree(halted, v[0], v[1], obs)

	// One returns: three of four, the chain resumes with the ballots sent
	// during the halt.
	v[2].start()
	e.waitIncluded(v[0].client, pending)
	t.Logf("resumed at block %d after the halt at %d", v[0].head(), halted)
	v[3].start()
	v[2].waitRPC()
	v[3].waitRPC()
	all = append(append(all, pending...), e.castEach(n.nodes, 20)...)
	e.waitIncluded(obs.client, all)
	final := obs.head()
	n.agree(final, n.nodes...)
	count := e.ballotCount(obs.client)
	if count != uint64(len(all)) {
		t.Fatalf("observer counts %d ballots, %d sent and acknowledged", count, len(all))
	}
	t.Logf("%d ballots, head %d, the same on 4 validators and the observer", count, final)
	if body := obs.get("/healthz"); !strings.Contains(body, `"role":"observer"`) || !strings.Contains(body, `"status":"ok"`) {
		t.Errorf("observer /healthz: %q", body)
	}
	obs.checkMetrics(final, 4)
	for _, c := range n.nodes {
		if strings.Contains(c.tail(), "panic") {
			t.Errorf("%s panicked:\n%s", c.name, c.tail())
		}
	}
}

// checkMetrics wants the node's /metrics, read with Prometheus's
// parser, to have go-ethereum's head and CometBFT's consensus height at
// least at head, the validators and a peer, and the height to advance.
func (c *chainNode) checkMetrics(head uint64, validators float64) {
	m := scrape(c.metrics)
	height, _ := m.Value("cometbft_consensus_height")
	gethHead, _ := m.Value("chain_head_block")
	peers, _ := m.Value("cometbft_p2p_peers")
	if v, _ := m.Value("cometbft_consensus_validators"); height < float64(head) || gethHead < float64(head) || v != validators || peers < 1 {
		c.t.Errorf("%s: consensus height %v, go-ethereum's head %v, want at least %d; %v validators, want %v; %v peers",
			c.name, height, gethHead, head, v, validators, peers)
	}
	c.waitHead(uint64(height)+1, time.Minute)
	if later, _ := scrape(c.metrics).Value("cometbft_consensus_height"); later <= height {
		c.t.Errorf("%s: the consensus height stays at %v while the chain goes on", c.name, height)
	}
}

// get fetches a path of the node's metrics server and fails unless it
// answers 200.
func (c *chainNode) get(path string) string {
	resp, err := http.Get(c.metrics + path)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		c.t.Fatalf("%s %s: %s %s", c.name, path, resp.Status, b)
	}
	return string(b)
}

// receiptOK reports whether tx is included and succeeded, per c.
func receiptOK(c *ethclient.Client, tx *types.Transaction) bool {
	r, err := c.TransactionReceipt(context.Background(), tx.Hash())
	return err == nil && r.Status == types.ReceiptStatusSuccessful
}
