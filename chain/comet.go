package chain

import (
	"fmt"
	"net"
	"strings"
	"time"

	abcitypes "github.com/cometbft/cometbft/abci/types"
	cmtcfg "github.com/cometbft/cometbft/config"
	cmtnode "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/proxy"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/evote-org/evote/chain/abci"
)

// commitTimeout is how long a node waits after a commit for the
// precommits of slower validators.
const commitTimeout = 100 * time.Millisecond

// proposeTimeout is how long validators wait for a proposal before
// voting for none and moving to the next proposer.
const proposeTimeout = 5 * time.Second

// maj23Sleep is how long CometBFT's per-peer vote query routine sleeps
// between its steps (default 2 s); stopComet outwaits it.
const maj23Sleep = 250 * time.Millisecond

// p2pRate bounds CometBFT's traffic with each peer, in bytes per second.
const p2pRate = 100 << 20

// newComet makes the CometBFT node of app; its handshake with the
// application (replaying the blocks go-ethereum lacks) runs here.
func newComet(cfg Config, n *Network, k *keys, self *Authority, app *abci.App, metrics cmtnode.MetricsProvider, log cometLogger) (*cmtnode.Node, error) {
	cc, err := cometConfig(cfg, n, self)
	if err != nil {
		return nil, err
	}
	doc, err := n.cometGenesis()
	if err != nil {
		return nil, err
	}
	var a abcitypes.Application = app
	if cfg.wrap != nil {
		a = cfg.wrap(app)
	}
	node, err := cmtnode.NewNode(cc, k.validator, k.node, proxy.NewLocalClientCreator(a),
		func() (*cmttypes.GenesisDoc, error) { return doc, nil },
		cmtcfg.DefaultDBProvider, metrics, log)
	if err != nil {
		return nil, fmt.Errorf("chain: consensus: %w", err)
	}
	return node, nil
}

func cometConfig(cfg Config, n *Network, self *Authority) (*cmtcfg.Config, error) {
	cc := cmtcfg.DefaultConfig()
	cc.SetRoot(cometRoot(cfg.DataDir))
	cc.Moniker = "observer"
	if self != nil {
		cc.Moniker = self.Name
	}
	cc.RPC.ListenAddress = ""
	cc.TxIndex.Indexer = "null"             // blocks are looked up through go-ethereum
	cc.Mempool.Type = cmtcfg.MempoolTypeNop // transactions go through go-ethereum's pool
	cc.Consensus.CreateEmptyBlocks = true   // required by the nop mempool; one block per interval
	// The block interval is kept by the proposer, which waits for its
	// clock to reach the block's timestamp (package abci); waiting here
	// as well would add the interval to the time a block takes to make.
	cc.Consensus.TimeoutCommit = commitTimeout
	// A full block took up to 2.3 s to build on a loaded machine, then
	// ~5 MB to gossip: past the default 3 s the round fails and the next
	// proposer builds it again (measured with four validators on 2 cores).
	cc.Consensus.TimeoutPropose = proposeTimeout
	cc.Consensus.PeerQueryMaj23SleepDuration = maj23Sleep
	// A block of ballots is ~5 MB; at CometBFT's default 5 MB/s per peer
	// its gossip alone took a second (measured with four validators).
	cc.P2P.SendRate, cc.P2P.RecvRate = p2pRate, p2pRate
	cc.P2P.PexReactor = false
	cc.P2P.AddrBookStrict = false
	cc.P2P.AllowDuplicateIP = true
	cc.P2P.ListenAddress = "tcp://127.0.0.1:0"
	if cfg.Network == nil {
		return cc, nil
	}
	listen, err := consensusListen(cfg, self)
	if err != nil {
		return nil, err
	}
	cc.P2P.ListenAddress = "tcp://" + listen
	var peers []string
	for _, a := range n.Authorities {
		if self == nil || a.Name != self.Name {
			peers = append(peers, a.Consensus)
		}
	}
	cc.P2P.PersistentPeers = strings.Join(peers, ",")
	return cc, cc.ValidateBasic()
}

// consensusListen is where CometBFT listens: an authority's own entry, or
// Config.ConsensusAddr for an observer.
func consensusListen(cfg Config, self *Authority) (string, error) {
	if self == nil {
		return cfg.ConsensusAddr, nil
	}
	_, hostPort, ok := strings.Cut(self.Consensus, "@")
	if _, _, err := net.SplitHostPort(hostPort); !ok || err != nil {
		return "", fmt.Errorf("%w: authority %s: consensus address %q is not id@host:port", ErrNetwork, self.Name, self.Consensus)
	}
	return hostPort, nil
}

// stopComet stops CometBFT. Its consensus reactor reads the block store
// from a goroutine per peer that sleeps between steps and looks at whether
// it should stop only at the top of its loop: the peer-to-peer switch is
// stopped first and those sleeps outwaited, or the goroutine reads the
// store after Stop has closed it and panics ("leveldb: closed").
func stopComet(node *cmtnode.Node) error {
	if sw := node.Switch(); sw.Peers().Size() > 0 && sw.Stop() == nil {
		time.Sleep(4 * maj23Sleep)
	}
	err := node.Stop()
	node.Wait()
	return err
}
