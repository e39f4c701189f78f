package chain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// NetworkVersion tags the network configuration format.
const NetworkVersion = "evote-network/v1"

// ErrNetwork is returned for an unusable network configuration.
var ErrNetwork = errors.New("chain: bad network configuration")

// Network is what every node of one election's chain shares: the genesis
// (chain id, gas limit, funded accounts, start time), the block interval
// and the authorities, each running one CometBFT validator with equal
// voting power. It is public; the keys stay in each authority's data
// directory.
type Network struct {
	Version     string                      `json:"version"`
	ChainID     uint64                      `json:"chain_id"`
	GenesisTime time.Time                   `json:"genesis_time"`
	BlockPeriod Duration                    `json:"block_interval"`
	GasLimit    uint64                      `json:"gas_limit"`
	Alloc       map[common.Address]*big.Int `json:"alloc"`
	Authorities []Authority                 `json:"authorities"`
}

// Authority is one validator of the network, as every node sees it.
type Authority struct {
	Name string `json:"name"`
	// ValidatorKey is the CometBFT ed25519 public key that signs votes.
	ValidatorKey []byte `json:"validator_key"`
	// Consensus is where its CometBFT node listens: node-id@host:port.
	Consensus string `json:"consensus"`
	// Peer is its go-ethereum node (enode URL), which relays transactions.
	Peer string `json:"peer"`
	// FeeAddress receives the fees of the blocks it proposes.
	FeeAddress common.Address `json:"fee_address"`
}

// Duration is a time.Duration written as "1s" in JSON.
type Duration time.Duration

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	*d = Duration(v)
	return err
}

// LoadNetwork reads and checks a network configuration file.
func LoadNetwork(path string) (*Network, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var n Network
	if err := dec.Decode(&n); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNetwork, path, err)
	}
	return &n, n.Check()
}

// Save writes the configuration to path.
func (n *Network) Save(path string) error {
	b, err := json.MarshalIndent(n, "", "  ")
	if err != nil {
		return fmt.Errorf("chain: %w", err)
	}
	return writeFileSync(path, append(b, '\n'))
}

// Check rejects a configuration no node could run.
func (n *Network) Check() error {
	switch {
	case n.Version != NetworkVersion:
		return fmt.Errorf("%w: version %q, want %q", ErrNetwork, n.Version, NetworkVersion)
	case n.ChainID == 0:
		return fmt.Errorf("%w: no chain id", ErrNetwork)
	case n.GasLimit < 5_000_000:
		return fmt.Errorf("%w: gas limit %d too small", ErrNetwork, n.GasLimit)
	case time.Duration(n.BlockPeriod) < time.Second || time.Duration(n.BlockPeriod)%time.Second != 0:
		return fmt.Errorf("%w: block interval %v is not whole seconds (EVM time is)", ErrNetwork, time.Duration(n.BlockPeriod))
	case len(n.Authorities) == 0:
		return fmt.Errorf("%w: no authorities", ErrNetwork)
	}
	names := map[string]bool{}
	for _, a := range n.Authorities {
		if a.Name == "" || names[a.Name] || len(a.ValidatorKey) != 32 {
			return fmt.Errorf("%w: authority %q: empty or repeated name, or not an ed25519 key", ErrNetwork, a.Name)
		}
		names[a.Name] = true
	}
	return nil
}

// NewNetwork is the configuration of a new network starting now.
func NewNetwork(chainID uint64, blockPeriod time.Duration, gasLimit uint64, alloc map[common.Address]*big.Int, authorities []Authority) (*Network, error) {
	n := &Network{
		Version:     NetworkVersion,
		ChainID:     chainID,
		GenesisTime: time.Now().UTC().Truncate(time.Second),
		BlockPeriod: Duration(blockPeriod),
		GasLimit:    gasLimit,
		Alloc:       alloc,
		Authorities: authorities,
	}
	return n, n.Check()
}
