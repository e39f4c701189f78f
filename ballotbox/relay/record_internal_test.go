package relay

import (
	"bytes"
	"errors"
	"github.com/evote-org/evote/ballotbox/tracker"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
)

func testCast() ballotbox.Cast {
	return ballotbox.Cast{Pseudonym: common.Address{0xa1}, Token: []byte("token"), Ballot: []byte("ballot"),
		Signature: bytes.Repeat([]byte{7}, 65)}
}

// An outbox record survives encoding, and the outbox a reopening.
func TestOutbox(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "outbox")
	o, err := openOutbox(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	rec := newRecord(testCast(), time.Unix(1700000000, 5))
	if err := o.accept(rec); err != nil {
		t.Fatal(err)
	}
	o.close()
	if o, err = openOutbox(dir, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	defer o.close()
	if err := o.bind([]byte("election A")); err != nil {
		t.Fatal(err)
	}
	if err := o.bind([]byte("election A")); err != nil {
		t.Fatalf("the same election again: %v", err)
	}
	if err := o.bind([]byte("election B")); !errors.Is(err, ErrConfig) {
		t.Fatalf("another election: %v", err)
	}
	pending, err := o.pending()
	if err != nil || len(pending) != 1 {
		t.Fatalf("pending: %v, %v", pending, err)
	}
	got := pending[0]
	if got.Tracker() != tracker.Of(rec.Cast.Ballot) || !got.Accepted.Equal(rec.Accepted) ||
		!bytes.Equal(got.Cast.Signature, rec.Cast.Signature) || got.Cast.Pseudonym != rec.Pseudonym {
		t.Fatalf("reloaded %+v, want %+v", got, rec)
	}
	done := *got
	done.Phase, done.Block, done.TxHash, done.Cast = Included, 42, common.Hash{1}, ballotbox.Cast{}
	if err := o.finish([]*record{&done}, 43); err != nil {
		t.Fatal(err)
	}
	st, err := o.byTracker(rec.Tracker())
	if err != nil || st.Phase != Included || st.Block != 42 || st.Sum != castSum(rec.Cast) {
		t.Fatalf("by tracker: %+v, %v", st, err)
	}
	if c, ok, err := o.cursor(); c != 43 || !ok || err != nil {
		t.Fatalf("cursor %d %v %v", c, ok, err)
	}
	if p, _ := o.pending(); len(p) != 0 {
		t.Fatalf("%d pending after done", len(p))
	}
	if _, err := o.byTracker(Tracker{1}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown tracker: %v", err)
	}
}

// A record stored by a relay before the cast sum (version 1) is still
// read: while accepted its sum is made from its cast, once included it
// has none (and its ballot alone decides).
func TestRecordVersion1(t *testing.T) {
	c := testCast()
	rec := newRecord(c, time.Unix(1, 0))
	v2 := rec.encode()
	v1 := append([]byte{1}, v2[1:3+len(rec.Reason)+80]...)
	v1 = append(v1, v2[3+len(rec.Reason)+80+32:]...)
	got, err := decodeRecord(c.Pseudonym, v1)
	if err != nil || got.Sum != castSum(c) || !bytes.Equal(got.Cast.Token, c.Token) {
		t.Fatalf("version 1, accepted: %+v, %v", got, err)
	}
	done := *rec
	done.Phase, done.Cast = Included, ballotbox.Cast{}
	v2 = done.encode()
	v1 = append([]byte{1}, v2[1:3+len(done.Reason)+80]...)
	if got, err = decodeRecord(c.Pseudonym, v1); err != nil || got.Sum != (common.Hash{}) || got.Phase != Included {
		t.Fatalf("version 1, included: %+v, %v", got, err)
	}
	for _, v := range []byte{0, 3} {
		if _, err := decodeRecord(c.Pseudonym, append([]byte{v}, v2[1:]...)); !errors.Is(err, errRecord) {
			t.Errorf("version %d: %v", v, err)
		}
	}
}

func FuzzDecodeRecord(f *testing.F) {
	rec := newRecord(testCast(), time.Unix(1, 0))
	f.Add(rec.encode())
	rec.Phase, rec.Reason = Rejected, AlreadyVoted
	f.Add(rec.encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := decodeRecord(common.Address{1}, b)
		if err != nil {
			return
		}
		if again := r.encode(); !bytes.Equal(again, b) && r.Phase == Accepted {
			t.Fatalf("re-encoding differs")
		}
	})
}

func FuzzDecodeRequest(f *testing.F) {
	f.Add([]byte(`{"type":"cast","id":"1","pseudonym":"0x00000000000000000000000000000000000000a1","token":"AA==","ballot":"AA==","signature":"AA=="}`))
	f.Add([]byte(`{"type":"watch","tracker":"T1TR-N0P6-9G07-HF2F"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := decodeRequest(bytes.NewReader(b))
		if err != nil {
			return
		}
		if len(m.ID) > maxID {
			t.Fatal("long id accepted")
		}
		if c, err := m.cast(); err == nil && checkSizes(c) != nil {
			t.Fatal("cast of bad sizes accepted")
		}
	})
}
