package chain

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// localNetwork is the one-validator network of the embedded default. It
// is made on the first start and kept in the data directory; a start with
// a different genesis over it is refused.
func localNetwork(cfg Config) (*Network, error) {
	path := filepath.Join(cfg.DataDir, "network.json")
	want := &Network{
		Version:     NetworkVersion,
		ChainID:     cfg.ChainID,
		BlockPeriod: Duration(cfg.BlockPeriod),
		GasLimit:    cfg.GasLimit,
		Alloc:       cfg.Alloc,
	}
	n, err := LoadNetwork(path)
	switch {
	case err == nil:
		if n.ethGenesis().ToBlock().Hash() != want.ethGenesis().ToBlock().Hash() {
			return nil, fmt.Errorf("%w: a different genesis over the chain in %s", ErrConfig, cfg.DataDir)
		}
		n.BlockPeriod = want.BlockPeriod
		return n, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(cfg.DataDir, gethName, "chaindata")); err == nil {
		return nil, fmt.Errorf("%w: %s holds a chain made before consensus (no network.json); use a new data directory", ErrConfig, cfg.DataDir)
	}
	a, err := NewAuthority(cfg.DataDir, "local", "127.0.0.1", 0, 0)
	if err != nil {
		return nil, err
	}
	want.GenesisTime = time.Now().UTC().Truncate(time.Second)
	want.Authorities = []Authority{a}
	return want, want.Save(path)
}

// writeFileSync replaces path with b durably.
func writeFileSync(path string, b []byte) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("chain: %w", err)
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		return fmt.Errorf("chain: %w", err)
	}
	return nil
}
