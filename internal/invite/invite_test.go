package invite

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/election"
)

func sample() *Invite {
	return &Invite{Version: Version, Name: "Анна Петрова", Trustee: 2, Address: common.HexToAddress("0x1111111111111111111111111111111111111111"),
		Title: election.Text{RU: "Референдум", EN: "Referendum"}, Contract: common.HexToAddress("0x2222222222222222222222222222222222222222"),
		FromBlock: 15, ChainID: 1337, RPC: "http://127.0.0.1:8545", Election: "0xabcd"}
}

// TestRoundTrip: an invitation reads back as written.
func TestRoundTrip(t *testing.T) {
	inv := sample()
	got, err := Read(bytes.NewReader(inv.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	if *got != *inv {
		t.Errorf("read %+v, wrote %+v", got, inv)
	}
}

// TestHostile: malformed, oversized and doctored invitations are refused
// with ErrInvalid.
func TestHostile(t *testing.T) {
	good := string(sample().Encode())
	change := func(f func(*Invite)) string { inv := sample(); f(inv); return string(inv.Encode()) }
	for name, data := range map[string]string{
		"empty":            "",
		"not JSON":         "{",
		"oversized":        `{"name":"` + strings.Repeat("a", MaxSize) + `"}`,
		"unknown field":    strings.Replace(good, `"version"`, `"key":"secret","version"`, 1),
		"trailing data":    good + "{}",
		"another version":  change(func(i *Invite) { i.Version = 2 }),
		"trustee 0":        change(func(i *Invite) { i.Trustee = 0 }),
		"trustee 65":       change(func(i *Invite) { i.Trustee = 65 }),
		"no address":       change(func(i *Invite) { i.Address = common.Address{} }),
		"no contract":      change(func(i *Invite) { i.Contract = common.Address{} }),
		"no chain":         change(func(i *Invite) { i.ChainID = 0 }),
		"file endpoint":    change(func(i *Invite) { i.RPC = "file:///etc/passwd" }),
		"bare scheme":      change(func(i *Invite) { i.RPC = "http://" }),
		"escape in a name": change(func(i *Invite) { i.Name = "Anna\x1b[2J" }),
		"C1 in a title":    change(func(i *Invite) { i.Title.EN = "a\u009bb" }),
		"bad address":      strings.Replace(good, "0x1111111111111111111111111111111111111111", "0x11", 1),
	} {
		if _, err := Read(strings.NewReader(data)); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// FuzzRead: Read never panics, and what it accepts encodes and reads
// back the same.
func FuzzRead(f *testing.F) {
	f.Add(sample().Encode())
	f.Add([]byte(`{"version":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		inv, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		again, err := Read(bytes.NewReader(inv.Encode()))
		if err != nil || *again != *inv {
			t.Fatalf("re-read %+v, %v", again, err)
		}
	})
}
