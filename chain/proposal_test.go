package chain

import (
	"context"
	"math/big"
	"testing"
	"time"

	abcitypes "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/evote-org/evote/chain/abci"
)

// appEnv is a go-ethereum node with the application over it and no
// CometBFT: the test plays consensus by calling the ABCI methods.
type appEnv struct {
	t        *testing.T
	eth      *eth.Ethereum
	client   *ethclient.Client
	app      *abci.App
	proposer []byte
}

func newAppEnv(t *testing.T) *appEnv {
	cfg := testConfig(t.TempDir())
	cfg.setDefaults()
	net, err := cfg.network()
	if err != nil {
		t.Fatal(err)
	}
	k, err := loadKeys(cfg.DataDir)
	if err != nil {
		t.Fatal(err)
	}
	stack, backend, err := startGeth(cfg, net, k, &net.Authorities[0])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stack.Close() })
	client := ethclient.NewClient(stack.Attach())
	t.Cleanup(client.Close)
	return &appEnv{t: t, eth: backend, client: client, app: abci.New(backend, net.rules()),
		proposer: ed25519.PubKey(net.Authorities[0].ValidatorKey).Address()}
}

// decide finalizes and commits the block as CometBFT would.
func (e *appEnv) decide(txs [][]byte, h int64, at time.Time) *abcitypes.ResponseFinalizeBlock {
	res, err := e.app.FinalizeBlock(context.Background(), &abcitypes.RequestFinalizeBlock{
		Txs: txs, Height: h, Time: at, ProposerAddress: e.proposer,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.app.Commit(context.Background(), &abcitypes.RequestCommit{}); err != nil {
		e.t.Fatal(err)
	}
	return res
}

// waitPending waits until n transactions are pending in the pool: the
// pool promotes what it was sent in the background, and a block built
// before that would hold fewer.
func (e *appEnv) waitPending(n int) {
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(10 * time.Millisecond) {
		pending, _ := e.eth.TxPool().Stats()
		if pending >= n {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("%d transactions pending, want %d", pending, n)
		}
	}
}

// propose has the application build the block at height h.
func (e *appEnv) propose(h int64, at time.Time) [][]byte {
	res, err := e.app.PrepareProposal(context.Background(), &abcitypes.RequestPrepareProposal{
		Height: h, Time: at, ProposerAddress: e.proposer, MaxTxBytes: maxBlockBytes,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return res.Txs
}

func (e *appEnv) accepts(txs [][]byte, h int64, at time.Time, proposer []byte) bool {
	res, err := e.app.ProcessProposal(context.Background(), &abcitypes.RequestProcessProposal{
		Txs: txs, Height: h, Time: at, ProposerAddress: proposer,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return res.Status == abcitypes.ResponseProcessProposal_ACCEPT
}

// tamper re-encodes the proposal with its header changed by f.
func tamper(t *testing.T, txs [][]byte, f func(*types.Header)) [][]byte {
	b := decodeBlock(t, txs)
	h := b.Header()
	f(h)
	return [][]byte{encodeTestPayload(t, b.WithSeal(h), [][]byte{})}
}

// TestBadProposals: a validator rejects a proposal whose header fields
// are not the ones it computes, or that go-ethereum does not execute as
// valid, and accepts the honest one.
func TestBadProposals(t *testing.T) {
	e := newAppEnv(t)
	send(t, e.client, DefaultChainID, testKey, 0, 20)
	e.waitPending(20)
	at := time.Now()
	good := e.propose(1, at)
	withoutTx := tamper(t, good, func(*types.Header) {})
	if n := decodeBlock(t, good).Transactions().Len(); n != 20 {
		t.Fatalf("proposed %d transactions, want 20", n)
	}
	other := ed25519.GenPrivKey().PubKey().Address()
	bad := map[string]struct {
		txs      [][]byte
		at       time.Time
		proposer []byte
	}{
		"no block":               {nil, at, e.proposer},
		"two blocks":             {append(good, good[0]), at, e.proposer},
		"garbage":                {[][]byte{{0xc0, 1, 2}}, at, e.proposer},
		"not an authority":       {good, at, other},
		"other block time":       {good, at.Add(5 * time.Second), e.proposer},
		"timestamp":              {tamper(t, good, func(h *types.Header) { h.Time++ }), at, e.proposer},
		"fee recipient":          {tamper(t, good, func(h *types.Header) { h.Coinbase = common.Address{1} }), at, e.proposer},
		"prevRandao":             {tamper(t, good, func(h *types.Header) { h.MixDigest = common.Hash{1} }), at, e.proposer},
		"gas limit":              {tamper(t, good, func(h *types.Header) { h.GasLimit-- }), at, e.proposer},
		"state root":             {tamper(t, good, func(h *types.Header) { h.Root = common.Hash{1} }), at, e.proposer},
		"gas used":               {tamper(t, good, func(h *types.Header) { h.GasUsed = 21000 }), at, e.proposer},
		"parent":                 {tamper(t, good, func(h *types.Header) { h.ParentHash = common.Hash{1} }), at, e.proposer},
		"number":                 {tamper(t, good, func(h *types.Header) { h.Number = big.NewInt(2) }), at, e.proposer},
		"parent beacon root nil": {tamper(t, good, func(h *types.Header) { h.ParentBeaconRoot = nil }), at, e.proposer},
		"transaction dropped":    {dropTx(t, withoutTx), at, e.proposer},
	}
	for name, c := range bad {
		t.Run(name, func(t *testing.T) {
			if e.accepts(c.txs, 1, c.at, c.proposer) {
				t.Fatal("accepted")
			}
		})
	}
	if !e.accepts(good, 1, at, e.proposer) {
		t.Fatal("the honest proposal was rejected")
	}
}

func decodeBlock(t *testing.T, txs [][]byte) *types.Block {
	var p struct {
		Version  uint64
		Block    *types.Block
		Requests [][]byte
	}
	if err := rlp.DecodeBytes(txs[0], &p); err != nil {
		t.Fatal(err)
	}
	return p.Block
}

// dropTx re-encodes the proposal without its first transaction.
func dropTx(t *testing.T, txs [][]byte) [][]byte {
	b := decodeBlock(t, txs)
	body := b.Body()
	body.Transactions = body.Transactions[1:]
	b = types.NewBlockWithHeader(b.Header()).WithBody(*body)
	return [][]byte{encodeTestPayload(t, b, [][]byte{})}
}

func encodeTestPayload(t *testing.T, b *types.Block, requests [][]byte) []byte {
	enc, err := rlp.EncodeToBytes(&struct {
		Version  uint64
		Block    *types.Block
		Requests [][]byte
	}{1, b, requests})
	if err != nil {
		t.Fatal(err)
	}
	return enc
}

// TestFinalize: a decided block becomes the head with the application
// hash its EVM hash; the next block's timestamp is one second above its
// parent's when consensus time has not moved on by a second.
func TestFinalize(t *testing.T) {
	e := newAppEnv(t)
	at := time.Now()
	txs := e.propose(1, at)
	res := e.decide(txs, 1, at)
	head := e.eth.BlockChain().CurrentBlock()
	if head.Number.Uint64() != 1 || common.BytesToHash(res.AppHash) != head.Hash() {
		t.Fatalf("head %d %s, app hash %x", head.Number, head.Hash(), res.AppHash)
	}
	if fin := e.eth.BlockChain().CurrentFinalBlock(); fin == nil || fin.Hash() != head.Hash() {
		t.Fatal("the decided block is not finalized")
	}
	next := decodeBlock(t, e.propose(2, at.Add(300*time.Millisecond)))
	if next.Time() != head.Time+1 {
		t.Fatalf("timestamp %d after %d", next.Time(), head.Time)
	}
	info, err := e.app.Info(context.Background(), &abcitypes.RequestInfo{})
	if err != nil || info.LastBlockHeight != 1 || common.BytesToHash(info.LastBlockAppHash) != head.Hash() {
		t.Fatalf("info %+v, %v", info, err)
	}
}
