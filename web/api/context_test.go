package api_test

import (
	"errors"
	"testing"

	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/web/api"
)

func TestContextRoundTrip(t *testing.T) {
	want := transcript.Context{ChainID: 31337, Contract: [20]byte{0xb0, 19: 1}, ElectionID: [32]byte{0xe1, 31: 2}}
	var e api.Election
	e.SetContext(want)
	got, err := e.Context()
	if err != nil || got != want {
		t.Fatalf("got %+v, %v", got, err)
	}
	for _, bad := range []string{"", "b0", "0x" + e.Contract[4:], e.Contract + "00", "0xzz" + e.Contract[4:]} {
		e2 := e
		e2.Contract = bad
		if _, err := e2.Context(); !errors.Is(err, api.ErrContext) {
			t.Errorf("contract %q: %v", bad, err)
		}
	}
}
