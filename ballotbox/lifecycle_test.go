package ballotbox_test

import (
	"bytes"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
)

// TestLifecycle walks one election through every state and checks the
// views and events at each step.
func TestLifecycle(t *testing.T) {
	e := newEnv(t)
	e.checkState(ballotbox.Setup)
	e.checkSetupViews()

	e.setup()
	if key, _ := e.box.RegistrarKey(e.ctx); !bytes.Equal(key, registrarKey) {
		t.Errorf("registrar key: got %d bytes", len(key))
	}
	if reg, _ := e.box.Registrar(e.ctx); reg != e.registrar.addr {
		t.Errorf("registrar: got %v", reg)
	}
	for s := ballotbox.KeyCeremony; s <= ballotbox.Tallied; s++ {
		[]func(){nil, e.toKeyCeremony, e.toReady, e.toOpen, e.toClosed, e.toTallied}[s]()
		e.checkState(s)
	}
	e.checkEnd()
}

func (e *env) checkState(want ballotbox.State) {
	e.t.Helper()
	if got, err := e.box.State(e.ctx); err != nil || got != want {
		e.t.Fatalf("state: got %v (%v), want %v", got, err, want)
	}
}

func (e *env) checkSetupViews() {
	t := e.t
	id, _ := e.box.ElectionID(e.ctx)
	if mh, _ := e.box.ManifestHash(e.ctx); id != ballotbox.ElectionID(e.manifest) || mh != id {
		t.Errorf("election id %x, manifest hash %x", id, mh)
	}
	if c, _ := e.box.Commission(e.ctx); c != e.commission.addr {
		t.Errorf("commission: got %v", c)
	}
	if tr, _ := e.box.Trustees(e.ctx); !slices.Equal(tr, e.trusteeAddrs()) {
		t.Errorf("trustees: got %v", tr)
	}
	if th, _ := e.box.Threshold(e.ctx); th != 2 {
		t.Errorf("threshold: got %d", th)
	}
	cr, err := e.box.Created(e.ctx, 0, e.head())
	if err != nil || !bytes.Equal(cr.Manifest, e.manifest) || cr.ElectionID != id || cr.Threshold != 2 ||
		cr.Commission != e.commission.addr || !slices.Equal(cr.Trustees, e.trusteeAddrs()) || cr.Block != e.deployBlk {
		t.Errorf("creation event: %+v, %v", cr, err)
	}
}

func (e *env) checkEnd() {
	t := e.t
	if k, _ := e.box.ElectionKey(e.ctx); !bytes.Equal(k[:], electionKey) {
		t.Errorf("election key: got %x", k)
	}
	m, err := e.box.Masks(e.ctx)
	if want := (ballotbox.Masks{Keys: 7, Dealings: 7, Qualified: 7, Shares: [2]uint64{3, 3}}); err != nil || m != want {
		t.Errorf("masks: got %+v (%v), want %+v", m, err, want)
	}
	res, rec, err := e.box.Result(e.ctx)
	if err != nil || string(res) != "result" || rec != [32]byte{7} {
		t.Errorf("result: %q %x %v", res, rec, err)
	}
	changes, err := e.box.StateChanges(e.ctx, 0, e.head())
	var got []ballotbox.State
	for _, c := range changes {
		got = append(got, c.State)
	}
	want := []ballotbox.State{ballotbox.KeyCeremony, ballotbox.Ready, ballotbox.Open, ballotbox.Closed, ballotbox.Tallied}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("state changes: got %v (%v), want %v", got, err, want)
	}
	if s, err := e.box.At(new(big.Int).SetUint64(e.deployBlk)).State(e.ctx); err != nil || s != ballotbox.Setup {
		t.Errorf("state at the deployment block: %v (%v)", s, err)
	}
	if _, err := e.box.Created(e.ctx, e.deployBlk+1, e.head()); err != ballotbox.ErrNotCreated {
		t.Errorf("creation after deployment: got %v", err)
	}
}

// zeroAddr is the zero address.
var zeroAddr common.Address
