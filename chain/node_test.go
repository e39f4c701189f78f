package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	"github.com/evote-org/evote/internal/testnet"
)

// testKey is a funded account of the test chain (test-only key).
var testKey, _ = crypto.HexToECDSA("8a1f9a8f95be41cd7ccb6168179afb4504aefe388d1e14474d32c45c72ce7b7a")

func testConfig(dir string) Config {
	return Config{
		DataDir: dir,
		Alloc:   map[common.Address]*big.Int{crypto.PubkeyToAddress(testKey.PublicKey): new(big.Int).Lsh(big.NewInt(1), 100)},
	}
}

// TestMain doubles as the node process of TestKillAndRestart: with
// EVOTE_TEST_NODE_DIR set, it runs a node until killed.
func TestMain(m *testing.M) {
	if dir := os.Getenv("EVOTE_TEST_NODE_DIR"); dir != "" {
		port, _ := strconv.Atoi(os.Getenv("EVOTE_TEST_NODE_PORT"))
		cfg := testConfig(dir)
		cfg.HTTPPort = port
		if os.Getenv("EVOTE_TEST_NODE_LOG") != "" {
			log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(os.Stderr, slog.LevelInfo, false)))
		}
		n, err := Start(cfg)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGTERM, os.Interrupt)
		<-sig
		n.Close()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// send sends value transfers with consecutive nonces and returns them.
func send(t *testing.T, c *ethclient.Client, chainID uint64, key *ecdsa.PrivateKey, from uint64, n int) []*types.Transaction {
	t.Helper()
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	txs := make([]*types.Transaction, n)
	for i := range txs {
		tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
			ChainID: new(big.Int).SetUint64(chainID), Nonce: from + uint64(i),
			GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100e9), Gas: 21000,
			To: &common.Address{0x42}, Value: big.NewInt(1),
		})
		if err := c.SendTransaction(context.Background(), tx); err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
		txs[i] = tx
	}
	return txs
}

func waitIncluded(t *testing.T, c *ethclient.Client, txs []*types.Transaction) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for _, tx := range txs {
		for {
			r, err := c.TransactionReceipt(context.Background(), tx.Hash())
			if err == nil && r.Status == types.ReceiptStatusSuccessful {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("tx %s not included: %v", tx.Hash(), err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

func TestBlocksAndRestart(t *testing.T) {
	dir := t.TempDir()
	n, err := Start(testConfig(dir))
	if err != nil {
		t.Fatal(err)
	}
	txs := send(t, n.Client(), n.ChainID(), testKey, 0, 50)
	waitIncluded(t, n.Client(), txs)
	head, _ := n.Client().BlockNumber(context.Background())
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	n, err = Start(testConfig(dir))
	if err != nil {
		t.Fatalf("restart: %v", err)
	}
	defer n.Close()
	head2, _ := n.Client().BlockNumber(context.Background())
	if head2 < head {
		t.Fatalf("head went back from %d to %d", head, head2)
	}
	waitIncluded(t, n.Client(), txs)
	// A different genesis over the same data is refused.
	other := testConfig(dir)
	other.ChainID = 99
	if n2, err := Start(other); err == nil {
		n2.Close()
		t.Fatal("started with another chain id over an existing chain")
	}
}

// TestChainWithoutNetwork: a data directory with a chain but no network
// configuration (made before consensus) is refused, not started afresh.
func TestChainWithoutNetwork(t *testing.T) {
	dir := t.TempDir()
	n, err := Start(testConfig(dir))
	if err != nil {
		t.Fatal(err)
	}
	n.Close()
	os.Remove(filepath.Join(dir, "network.json"))
	if n, err := Start(testConfig(dir)); !errors.Is(err, ErrConfig) {
		if err == nil {
			n.Close()
		}
		t.Fatalf("got %v, want ErrConfig", err)
	}
}

// startProcess runs the node in a child process and waits for its RPC.
func startProcess(t *testing.T, dir string, port int) (*exec.Cmd, *ethclient.Client) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "EVOTE_TEST_NODE_DIR="+dir, "EVOTE_TEST_NODE_PORT="+strconv.Itoa(port))
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		c, err := ethclient.Dial(url)
		if err == nil {
			if _, err = c.BlockNumber(context.Background()); err == nil {
				return cmd, c
			}
			c.Close()
		}
	}
	cmd.Process.Kill()
	t.Fatal("node process did not come up")
	return nil, nil
}

// TestKillAndRestart kills the node process with SIGKILL while it takes
// transactions, restarts it on the same data directory, and finds every
// transaction that had been included before the kill.
func TestKillAndRestart(t *testing.T) {
	dir, port := t.TempDir(), testnet.FreePort(t)
	cmd, c := startProcess(t, dir, port)
	included := send(t, c, DefaultChainID, testKey, 0, 200)
	waitIncluded(t, c, included)
	h, _ := c.BlockNumber(context.Background())
	t.Logf("head before kill: %d", h)
	send(t, c, DefaultChainID, testKey, 200, 100) // in flight at the kill
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	c.Close()

	cmd, c = startProcess(t, dir, port)
	defer func() { cmd.Process.Signal(syscall.SIGTERM); cmd.Wait() }()
	defer c.Close()
	h, err := c.BlockNumber(context.Background())
	t.Logf("head after restart: %d, %v", h, err)
	waitIncluded(t, c, included)
}
