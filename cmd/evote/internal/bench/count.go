package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/cmd/evote/internal/demo"
	"github.com/evote-org/evote/internal/localtrustees"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/verify"
)

// followers are the decrypting trustees' steps while the polls are open,
// every followEvery as "evote trustee run" takes them: each reads and
// checks the casts since its last step (tally.Follower).
type followers struct {
	quit chan struct{}
	wg   sync.WaitGroup
	once sync.Once
}

// followEvery is "evote trustee run"'s default --every.
const followEvery = 5 * time.Second

func (r *runner) follow() *followers {
	f := &followers{quit: make(chan struct{})}
	for _, i := range localtrustees.First(demo.Threshold) {
		f.wg.Go(func() {
			for {
				select {
				case <-f.quit:
					return
				case <-r.ctx.Done():
					return
				default:
				}
				did, err := r.el.trustees[i].Step(r.ctx, r.el.secrets[i])
				if err != nil {
					r.log.Warn("bench: a trustee's step while the polls are open", "trustee", i+1, "err", err)
				} else {
					r.log.Info("bench: trustee step", "trustee", i+1, "did", did)
				}
				select {
				case <-f.quit:
					return
				case <-r.ctx.Done():
					return
				case <-time.After(followEvery):
				}
			}
		})
	}
	return f
}

// stop lets the steps under way finish and starts no other; it must be
// called before the polls close, so that no trustee's step sees them
// closed and decrypts on its own.
func (f *followers) stop() { f.once.Do(func() { close(f.quit) }) }

// count closes the polls and runs the trustees' decryption, the tally
// with its record, and both verifications; each count must be the
// votes cast.
func (r *runner) count(s *services, f *followers) error {
	e := &r.el
	f.stop()
	if err := r.stage("close (and the registrar's final count)", func() (int, error) {
		if err := r.mined(e.box.ClosePolls(e.commission)); err != nil {
			return 0, err
		}
		s.regOpen = false
		return 1, s.reg.Close(r.ctx)
	}); err != nil {
		return err
	}
	r.ballotBytes()
	if err := r.stage("trustees: the rest of the casts, decryption", func() (int, error) {
		f.wg.Wait() // a catch-up under way at the close
		return demo.Threshold, localtrustees.Each(localtrustees.First(demo.Threshold), func(i int) error {
			return e.trustees[i].Decrypt(r.ctx, e.secrets[i])
		})
	}); err != nil {
		return err
	}
	record := filepath.Join(r.run, "record.jsonl")
	if err := r.stage("tally from the chain, record written (ballots)", func() (int, error) {
		return r.tally(s, record)
	}); err != nil {
		return err
	}
	if err := r.stage("verify from the chain, JSON-RPC (ballots)", func() (int, error) {
		return r.verifyChain(s)
	}); err != nil {
		return err
	}
	if err := r.stage("verify from the record (ballots)", func() (int, error) {
		f, err := os.Open(record)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		rep, err := verify.Record(f, verify.Options{Voters: uint64(r.cfg.Voters), Progress: r.cfg.Progress})
		return r.checked("the record", rep, err)
	}); err != nil {
		return err
	}
	r.res.Disk = []Disk{
		{"chain (go-ethereum and CometBFT)", diskBytes(filepath.Join(r.run, "chain"))},
		{"relay outboxes", diskBytes(filepath.Join(r.run, "relay"))},
		{"registrar store", diskBytes(filepath.Join(r.run, "registrar"))},
		{"record", diskBytes(record)},
		{"voters file (made ahead)", diskBytes(filepath.Join(r.cfg.Dir, fmt.Sprintf("voters-%d.bin", r.cfg.Options)))},
	}
	for i := range r.cfg.Relays {
		r.res.Disk[1].Bytes += diskBytes(filepath.Join(r.run, fmt.Sprintf("relay%d", i+1)))
	}
	return nil
}

// tally runs the commission's tally and checks its counts.
func (r *runner) tally(s *services, record string) (int, error) {
	f, err := os.Create(record)
	if err != nil {
		return 0, err
	}
	out, err := tally.Run(r.ctx, r.el.box, tally.Options{From: r.el.from, Record: f, Publish: r.el.commission,
		Progress: r.cfg.Progress, Log: tally.RegistrarLog(s.regURL, s.hc)})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, err
	}
	if len(out.Tally.Counts) != 1 || !slices.Equal(out.Tally.Counts[0], r.res.Cast) {
		return 0, fmt.Errorf("%w: published %v, cast %v", demo.ErrMismatch, out.Tally.Counts, r.res.Cast)
	}
	r.res.Counts = out.Tally.Counts[0]
	return r.cfg.Voters, nil
}

// verifyChain verifies the election from the node's JSON-RPC over HTTP
// and the registrar's log, as "evote verify --rpc" does.
func (r *runner) verifyChain(s *services) (int, error) {
	c, err := ballotbox.Dial(r.ctx, r.el.node.HTTPEndpoint())
	if err != nil {
		return 0, err
	}
	defer c.Close()
	box := ballotbox.New(c, r.el.box.Address())
	tctx, err := box.Context(r.ctx)
	if err != nil {
		return 0, err
	}
	log, err := tally.RegistrarLog(s.regURL, s.hc)(r.ctx, tctx.ElectionID)
	if err != nil {
		return 0, err
	}
	rep, err := verify.Chain(r.ctx, box, 0, verify.Options{Voters: uint64(r.cfg.Voters), Progress: r.cfg.Progress, Log: log})
	return r.checked("the chain", rep, err)
}

// checked fails unless the verification passed with the counts cast.
func (r *runner) checked(what string, rep *verify.Report, err error) (int, error) {
	if err != nil {
		return 0, err
	}
	if !rep.OK() {
		return 0, fmt.Errorf("the election does not verify from %s: %+v", what, rep.Checks)
	}
	if len(rep.Counts) != 1 || !slices.Equal(rep.Counts[0], r.res.Cast) {
		return 0, fmt.Errorf("%w: verified from %s %v, cast %v", demo.ErrMismatch, what, rep.Counts, r.res.Cast)
	}
	return r.cfg.Voters, nil
}

// BallotBytes is where one cast's bytes go on chain.
type BallotBytes struct {
	Tx       uint64 // the cast's transaction, RLP
	Calldata uint64 // of which the call's data
	Log      uint64 // its BallotCast log: address, topics, data
	Gas      uint64 // gas used by the cast
	Disk     uint64 // the chain's directory per ballot: grown during voting / ballots
}

// castBytes measures cast c's transaction and receipt.
func castBytes(r *runner, c *tally.CastLine) (*BallotBytes, error) {
	tx, _, err := r.el.node.Client().TransactionByHash(r.ctx, c.Tx)
	if err != nil {
		return nil, err
	}
	rc, err := r.el.node.Client().TransactionReceipt(r.ctx, c.Tx)
	if err != nil {
		return nil, err
	}
	b := &BallotBytes{Tx: tx.Size(), Calldata: uint64(len(tx.Data())), Gas: rc.GasUsed}
	for _, l := range rc.Logs {
		b.Log += uint64(len(l.Address) + 32*len(l.Topics) + len(l.Data))
	}
	return b, nil
}

// ballotBytes measures the first cast's transaction and log and the
// chain's growth per ballot; a failure leaves Bytes nil.
func (r *runner) ballotBytes() {
	ctx, box := r.ctx, r.el.box
	head, err := box.Head(ctx)
	if err != nil {
		return
	}
	for c, err := range tally.ReadCasts(ctx, box, r.el.from, head) {
		if err != nil {
			return
		}
		r.res.Bytes, _ = castBytes(r, c)
		break
	}
	if r.res.Bytes != nil && r.cfg.Voters > 0 {
		r.res.Bytes.Disk = (diskBytes(filepath.Join(r.run, "chain")) - r.chainBefore) / uint64(r.cfg.Voters)
	}
}
