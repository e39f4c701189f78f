package chain

import (
	"crypto/ecdsa"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"

	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"
)

// gethName is go-ethereum's directory inside the data directory.
const gethName = "evote-chain"

// keys are a node's secrets, kept in its data directory: the CometBFT
// validator key (with its last-signed state, which stops a restarted
// validator from signing twice at one height), the CometBFT node key and
// the go-ethereum node key.
type keys struct {
	validator *privval.FilePV
	node      *p2p.NodeKey
	peer      *ecdsa.PrivateKey
}

func cometRoot(dataDir string) string { return filepath.Join(dataDir, "consensus") }

// loadKeys reads the keys in dataDir, making the missing ones.
func loadKeys(dataDir string) (*keys, error) {
	root := cometRoot(dataDir)
	for _, d := range []string{filepath.Join(root, "config"), filepath.Join(root, "data"), filepath.Join(dataDir, gethName)} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("chain: %w", err)
		}
	}
	k := &keys{validator: privval.LoadOrGenFilePV(
		filepath.Join(root, "config", "priv_validator_key.json"),
		filepath.Join(root, "data", "priv_validator_state.json"))}
	var err error
	if k.node, err = p2p.LoadOrGenNodeKey(filepath.Join(root, "config", "node_key.json")); err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	if k.peer, err = loadOrGenPeerKey(filepath.Join(dataDir, gethName, "nodekey")); err != nil {
		return nil, err
	}
	return k, nil
}

func loadOrGenPeerKey(path string) (*ecdsa.PrivateKey, error) {
	if key, err := crypto.LoadECDSA(path); err == nil {
		return key, nil
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	if err := crypto.SaveECDSA(path, key); err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	return key, nil
}

// NewAuthority makes (or reads) the keys of a node in dataDir and returns
// its public entry for the network configuration: its CometBFT node
// listening on host:consensusPort and its go-ethereum node on
// host:peerPort. The fee address is the address of its go-ethereum node
// key, an EVM account the authority holds.
func NewAuthority(dataDir, name, host string, consensusPort, peerPort int) (Authority, error) {
	k, err := loadKeys(dataDir)
	if err != nil {
		return Authority{}, err
	}
	pub, err := k.validator.GetPubKey()
	if err != nil {
		return Authority{}, fmt.Errorf("chain: %w", err)
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return Authority{}, fmt.Errorf("%w: host %q is not an IP address", ErrConfig, host)
	}
	return Authority{
		Name:         name,
		ValidatorKey: pub.Bytes(),
		Consensus:    string(k.node.ID()) + "@" + net.JoinHostPort(host, strconv.Itoa(consensusPort)),
		Peer:         enode.NewV4(&k.peer.PublicKey, ip, peerPort, 0).URLv4(),
		FeeAddress:   crypto.PubkeyToAddress(k.peer.PublicKey),
	}, nil
}
