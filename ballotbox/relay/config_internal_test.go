package relay

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/blind"
)

// TestTimingConfig: the zero value delays and batches by the defaults,
// Off turns either off, and a set value stays.
func TestTimingConfig(t *testing.T) {
	for _, tc := range []struct{ delay, batch, wantDelay, wantBatch time.Duration }{
		{0, 0, DefaultMaxDelay, DefaultBatchInterval},
		{Off, Off, Off, Off},
		{time.Minute, 5 * time.Second, time.Minute, 5 * time.Second},
	} {
		c := minimalConfig()
		c.MaxDelay, c.BatchInterval = tc.delay, tc.batch
		if err := c.setDefaults(); err != nil {
			t.Fatal(err)
		}
		if c.MaxDelay != tc.wantDelay || c.BatchInterval != tc.wantBatch {
			t.Errorf("%v, %v: got %v, %v; want %v, %v", tc.delay, tc.batch, c.MaxDelay, c.BatchInterval, tc.wantDelay, tc.wantBatch)
		}
	}
}

// minimalConfig has the required fields, enough for setDefaults.
func minimalConfig() Config {
	contract := common.Address{0xb0}
	e := &ballot.Election{}
	e.Context.Contract = contract
	return Config{Backend: (*ethclient.Client)(nil), Contract: contract, Dir: "outbox",
		Params: &validity.Params{Election: e, RegistrarKey: &blind.PublicKey{}},
		Opts:   &bind.TransactOpts{Signer: func(common.Address, *types.Transaction) (*types.Transaction, error) { return nil, nil }}}
}
