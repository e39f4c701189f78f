package ballotbox_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/internal/testnet"
)

// TestMain doubles as a chain node process for TestRealNodeKill: with
// EVOTE_TEST_NODE_DIR set it runs chain.Start until SIGTERM (or SIGKILL).
func TestMain(m *testing.M) {
	if dir := os.Getenv("EVOTE_TEST_NODE_DIR"); dir != "" {
		os.Exit(runNodeProcess(dir))
	}
	os.Exit(m.Run())
}

func runNodeProcess(dir string) int {
	port, _ := strconv.Atoi(os.Getenv("EVOTE_TEST_NODE_PORT"))
	cfg := chain.Config{DataDir: dir, HTTPPort: port, Alloc: map[common.Address]*big.Int{}}
	for _, a := range strings.Split(os.Getenv("EVOTE_TEST_NODE_FUND"), ",") {
		cfg.Alloc[common.HexToAddress(a)] = new(big.Int).Lsh(big.NewInt(1), 100)
	}
	n, err := chain.Start(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, os.Interrupt)
	<-sig
	n.Close()
	return 0
}

// nodeProcess is a chain node in a child process.
type nodeProcess struct {
	t         *testing.T
	dir, fund string
	port      int
	cmd       *exec.Cmd
	client    *ethclient.Client
}

func (p *nodeProcess) start() {
	p.t.Helper()
	p.cmd = exec.Command(os.Args[0], "-test.run=^$")
	p.cmd.Env = append(os.Environ(), "EVOTE_TEST_NODE_DIR="+p.dir,
		"EVOTE_TEST_NODE_PORT="+strconv.Itoa(p.port), "EVOTE_TEST_NODE_FUND="+p.fund)
	p.cmd.Stderr = os.Stderr
	if err := p.cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	url := fmt.Sprintf("http://127.0.0.1:%d", p.port)
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if c, err := ethclient.Dial(url); err == nil {
			if _, err := c.BlockNumber(context.Background()); err == nil {
				p.client = c
				return
			}
			c.Close()
		}
	}
	p.cmd.Process.Kill()
	p.t.Fatal("node process did not come up")
}

func (p *nodeProcess) kill() {
	p.cmd.Process.Signal(syscall.SIGKILL)
	p.cmd.Wait()
	p.client.Close()
}

func (p *nodeProcess) stop() {
	p.cmd.Process.Signal(syscall.SIGTERM)
	p.cmd.Wait()
	p.client.Close()
}

// castAll sends casts from the relay with consecutive nonces, as the relay
// does, without waiting for them.
func castAll(t testing.TB, e *env, casts []ballotbox.Cast) []*types.Transaction {
	t.Helper()
	opts := *e.relay.opts
	opts.GasLimit = 400_000
	opts.GasTipCap, opts.GasFeeCap = big.NewInt(1), big.NewInt(100e9)
	nonce, err := e.backend().PendingNonceAt(e.ctx, opts.From)
	if err != nil {
		t.Fatal(err)
	}
	txs := make([]*types.Transaction, len(casts))
	for i := range casts {
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		if txs[i], err = e.box.Cast(&opts, casts[i]); err != nil {
			t.Fatalf("cast %d: %v", i, err)
		}
	}
	return txs
}

// TestRealNodeKill casts ballots into a real node process, kills it with
// SIGKILL while more are in flight, restarts it on the same data directory
// and finds every ballot that had been included before the kill.
func TestRealNodeKill(t *testing.T) {
	e := newAccounts(t, big.NewInt(chain.DefaultChainID))
	var fund []string
	for _, a := range e.accounts() {
		fund = append(fund, a.addr.Hex())
	}
	p := &nodeProcess{t: t, dir: t.TempDir(), port: testnet.FreePort(t), fund: strings.Join(fund, ",")}
	p.start()
	e.client = p.client
	e.deploy()
	e.advance(ballotbox.Open)

	included := make([]ballotbox.Cast, 300)
	for i := range included {
		included[i], _ = e.vote(randBytes(ballotSize))
	}
	for _, tx := range castAll(t, e, included) {
		if _, err := e.box.WaitMined(e.ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	inFlight := make([]ballotbox.Cast, 100)
	for i := range inFlight {
		inFlight[i], _ = e.vote(randBytes(ballotSize))
	}
	castAll(t, e, inFlight)
	p.kill()

	p.start()
	defer p.stop()
	e.client = p.client
	e.box = ballotbox.New(p.client, e.box.Address())
	found := map[common.Address][]byte{}
	head, _ := e.box.Head(e.ctx)
	for b, err := range e.box.Ballots(e.ctx, e.deployBlk, head) {
		if err != nil {
			t.Fatal(err)
		}
		found[b.Pseudonym] = b.Ballot
	}
	for i, c := range included {
		if !bytes.Equal(found[c.Pseudonym], c.Ballot) {
			t.Fatalf("included ballot %d lost after the kill (%d of %d found)", i, len(found), len(included))
		}
	}
	t.Logf("all %d included ballots found after SIGKILL and restart (%d found in all, head %d)", len(included), len(found), head)
}

// BenchmarkRealNode casts b.N realistic ballots (5 options: 1,537-byte
// ballot, 416-byte token, 65-byte signature) from one relay account into
// an embedded node with 1-second blocks, over its HTTP JSON-RPC, and
// reports the sustained rate from the first send to the last receipt.
//
//	go test ./ballotbox -run '^$' -bench RealNode -benchtime 20000x
func BenchmarkRealNode(b *testing.B) {
	e := newAccounts(b, big.NewInt(chain.DefaultChainID))
	cfg := chain.Config{DataDir: b.TempDir(), HTTPPort: testnet.FreePort(b), Alloc: map[common.Address]*big.Int{}}
	for _, a := range e.accounts() {
		cfg.Alloc[a.addr] = new(big.Int).Lsh(big.NewInt(1), 100)
	}
	n, err := chain.Start(cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer n.Close()
	c, err := ethclient.Dial(n.HTTPEndpoint())
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	e.client = c
	e.deploy()
	e.advance(ballotbox.Open)
	casts := make([]ballotbox.Cast, b.N)
	for i := range casts {
		casts[i], _ = e.vote(randBytes(ballotSize))
	}
	first, _ := e.box.Head(e.ctx)
	b.ResetTimer()
	castAll(b, e, casts)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sent/s")
	// Inclusion is watched through the contract's ballot count, as a
	// relay or an observer would, not by polling a receipt per ballot
	// (a receipt lookup hashes its whole block).
	for {
		count, err := e.box.BallotCount(e.ctx)
		if err != nil {
			b.Fatal(err)
		}
		if count == uint64(b.N) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.StopTimer()
	last, _ := e.box.Head(e.ctx)
	var gas uint64
	for h := first + 1; h <= last; h++ {
		hdr, err := c.HeaderByNumber(e.ctx, new(big.Int).SetUint64(h))
		if err != nil {
			b.Fatal(err)
		}
		gas += hdr.GasUsed
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ballots/s")
	b.ReportMetric(float64(gas)/float64(b.N), "gas/cast")
	b.ReportMetric(float64(last-first), "blocks")
}
