package chain

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	abcitypes "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/evote-org/evote/internal/testnet"
)

// badProposer proposes blocks whose fee recipient is not its own.
type badProposer struct {
	abcitypes.Application
	t *testing.T
}

func (b badProposer) PrepareProposal(ctx context.Context, req *abcitypes.RequestPrepareProposal) (*abcitypes.ResponsePrepareProposal, error) {
	res, err := b.Application.PrepareProposal(ctx, req)
	if err != nil {
		return nil, err
	}
	res.Txs = tamper(b.t, res.Txs, func(h *types.Header) { h.Coinbase = common.Address{0xba, 0xd} })
	return res, nil
}

// TestBadProposer runs four validators in this process, one of which
// proposes only invalid blocks: the others reject every one of its
// proposals and the chain goes on through the next proposers.
func TestBadProposer(t *testing.T) {
	dirs := make([]string, 4)
	auths := make([]Authority, 4)
	for i := range dirs {
		dirs[i] = t.TempDir()
		a, err := NewAuthority(dirs[i], fmt.Sprintf("a%d", i), "127.0.0.1", testnet.FreePort(t), testnet.FreePort(t))
		if err != nil {
			t.Fatal(err)
		}
		auths[i] = a
	}
	alloc := map[common.Address]*big.Int{crypto.PubkeyToAddress(testKey.PublicKey): new(big.Int).Lsh(big.NewInt(1), 100)}
	net, err := NewNetwork(DefaultChainID, time.Second, DefaultGasLimit, alloc, auths)
	if err != nil {
		t.Fatal(err)
	}
	nodes := make([]*Node, 4)
	for i := range nodes {
		cfg := Config{DataDir: dirs[i], Network: net}
		if i == 0 {
			cfg.wrap = func(a abcitypes.Application) abcitypes.Application { return badProposer{a, t} }
		}
		if nodes[i], err = Start(cfg); err != nil {
			t.Fatal(err)
		}
		defer nodes[i].Close()
	}
	txs := send(t, nodes[0].Client(), DefaultChainID, testKey, 0, 20) // reach every pool by gossip
	waitIncluded(t, nodes[1].Client(), txs)
	for nodes[1].eth.BlockChain().CurrentBlock().Number.Uint64() < 9 {
		time.Sleep(100 * time.Millisecond)
	}
	for h := uint64(1); h <= 8; h++ {
		var hash common.Hash
		for i, n := range nodes {
			for n.eth.BlockChain().CurrentBlock().Number.Uint64() < h {
				time.Sleep(100 * time.Millisecond)
			}
			b := n.eth.BlockChain().GetBlockByNumber(h)
			if b.Coinbase() == auths[0].FeeAddress || b.Coinbase() == (common.Address{0xba, 0xd}) {
				t.Fatalf("block %d was proposed by the bad proposer", h)
			}
			if i > 0 && b.Hash() != hash {
				t.Fatalf("fork at block %d", h)
			}
			hash = b.Hash()
		}
	}
}
