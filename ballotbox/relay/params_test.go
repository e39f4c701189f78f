package relay_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/internal/localtrustees"
	"github.com/gtank/ristretto255"
)

// TestLoadParamsWrongKey: the commission posts an election key that the
// key ceremony's posts do not give (7·G, whose secret it knows), and two
// trustees collude with it, posting junk test shares, so that the polls
// open. The relay re-derives the key from the ceremony and refuses to
// load the election.
func TestLoadParamsWrongKey(t *testing.T) {
	ctx := context.Background()
	te, com, trustees := sharedChain(t).startCeremony(t, 2)
	if _, err := localtrustees.Deal(ctx, trustees, t.TempDir(), []byte("pass"), discard); err != nil {
		t.Fatal(err)
	}
	key := ristretto255.NewElement().ScalarBaseMult(group.Uint64(7)).Bytes()
	tx, err := te.box.FinishKeyCeremony(com.opts, key, 0b111)
	if err != nil {
		t.Fatal(err)
	}
	mined(t, te.box, tx)
	for _, tr := range trustees[:2] {
		tx, err := te.box.PostDecryptionShare(tr.Opts, ballotbox.TestRound, []byte("colluding"))
		if err != nil {
			t.Fatal(err)
		}
		mined(t, te.box, tx)
	}
	te.openPolls(t, com)
	_, err = relay.LoadParams(ctx, te.box, te.deployed)
	if !errors.Is(err, relay.ErrElectionKey) || !strings.Contains(err.Error(), "the election key is") {
		t.Fatalf("LoadParams: %v, want %v naming the key", err, relay.ErrElectionKey)
	}
}
