package chain

import (
	"fmt"
	"math/big"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/chain/abci"
)

// maxBlockBytes bounds a CometBFT block, and so one EVM block with its
// encoding. At the floor price of calldata (EIP-7623: 10 gas per zero
// byte) a block of DefaultGasLimit is at most 25 MB; a block of ballots
// (~2.4 KB and ~109k gas each) is about 5.5 MB.
const maxBlockBytes = 64 << 20

// ethGenesis is the EVM genesis of the network.
func (n *Network) ethGenesis() *core.Genesis {
	alloc := core.SystemContractAllocs()
	for addr, bal := range n.Alloc {
		alloc[addr] = types.Account{Balance: new(big.Int).Set(bal)}
	}
	return &core.Genesis{
		Config:     ChainConfig(n.ChainID),
		GasLimit:   n.GasLimit,
		BaseFee:    big.NewInt(1_000_000_000),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
}

// cometChainID names the CometBFT chain after the EVM chain id.
func (n *Network) cometChainID() string { return fmt.Sprintf("evote-%d", n.ChainID) }

// cometGenesis is the CometBFT genesis: the authorities with equal power,
// and the EVM genesis hash as the initial application hash.
func (n *Network) cometGenesis() (*cmttypes.GenesisDoc, error) {
	params := cmttypes.DefaultConsensusParams()
	params.Block.MaxBytes = maxBlockBytes
	doc := &cmttypes.GenesisDoc{
		GenesisTime:     n.GenesisTime,
		ChainID:         n.cometChainID(),
		InitialHeight:   1,
		ConsensusParams: params,
		AppHash:         n.ethGenesis().ToBlock().Hash().Bytes(),
	}
	for _, a := range n.Authorities {
		doc.Validators = append(doc.Validators, cmttypes.GenesisValidator{
			PubKey: ed25519.PubKey(a.ValidatorKey), Power: 1, Name: a.Name,
		})
	}
	if err := doc.ValidateAndComplete(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNetwork, err)
	}
	return doc, nil
}

// rules are the network's block rules: each authority's CometBFT address
// with its fee address, the gas limit and the block interval.
func (n *Network) rules() abci.Rules {
	m := make(map[string]common.Address, len(n.Authorities))
	for _, a := range n.Authorities {
		m[string(ed25519.PubKey(a.ValidatorKey).Address())] = a.FeeAddress
	}
	return abci.Rules{
		Fees: func(v []byte) (common.Address, bool) {
			a, ok := m[string(v)]
			return a, ok
		},
		GasLimit: n.GasLimit,
		Interval: time.Duration(n.BlockPeriod),
	}
}
