package chain

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func testNetwork(t *testing.T) *Network {
	a, err := NewAuthority(t.TempDir(), "commission", "127.0.0.1", 26656, 30303)
	if err != nil {
		t.Fatal(err)
	}
	n, err := NewNetwork(7, time.Second, DefaultGasLimit, nil, []Authority{a})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestNetworkFile: the configuration survives a save and a load, and a
// file no node could run is refused with ErrNetwork.
func TestNetworkFile(t *testing.T) {
	n := testNetwork(t)
	path := filepath.Join(t.TempDir(), "network.json")
	if err := n.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := LoadNetwork(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Authorities[0].Consensus != n.Authorities[0].Consensus || got.BlockPeriod != n.BlockPeriod {
		t.Fatalf("loaded %+v, saved %+v", got, n)
	}
	b, _ := os.ReadFile(path)
	for name, edit := range map[string]func(string) string{
		"version":        func(s string) string { return strings.Replace(s, NetworkVersion, "evote-network/v0", 1) },
		"unknown field":  func(s string) string { return strings.Replace(s, `"chain_id"`, `"chainid": 1, "chain_id"`, 1) },
		"half a second":  func(s string) string { return strings.Replace(s, `"1s"`, `"500ms"`, 1) },
		"no authorities": func(s string) string { return s[:strings.Index(s, `"authorities"`)] + `"authorities": []}` },
		"short key":      func(s string) string { return strings.Replace(s, `"validator_key": "`, `"validator_key": "AAAA`, 1) },
	} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "network.json")
			os.WriteFile(p, []byte(edit(string(b))), 0o644)
			if _, err := LoadNetwork(p); !errors.Is(err, ErrNetwork) {
				t.Fatalf("got %v, want ErrNetwork", err)
			}
		})
	}
}

// TestRoles: a data directory holding an authority's key is that
// authority's validator; any other is an observer.
func TestRoles(t *testing.T) {
	dir := t.TempDir()
	a, err := NewAuthority(dir, "city", "127.0.0.1", 26656, 30303)
	if err != nil {
		t.Fatal(err)
	}
	n := &Network{Authorities: []Authority{a}}
	k, err := loadKeys(dir)
	if err != nil {
		t.Fatal(err)
	}
	if self, err := n.authority(k); err != nil || self == nil || self.Name != "city" {
		t.Fatalf("authority %v, %v", self, err)
	}
	other, err := loadKeys(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if self, err := n.authority(other); err != nil || self != nil {
		t.Fatalf("observer taken for %v, %v", self, err)
	}
}
