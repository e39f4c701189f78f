package bench

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/web/booth"
)

// castJob is one cast to send: a sample voter's (prepared when sent, as
// a booth does) or one of the file's.
type castJob struct {
	n      int // the job's number, which picks the relay
	sample int // the sample voter's index, or -1
	cast   ballotbox.Cast
}

// cast sends every voter's cast through the relays' HTTP APIs, in turn,
// on Workers connections at once: the sample's first, then the file's.
func (r *runner) cast(v *voters, s *services, creds []*booth.Credential) error {
	ctx, cancel := context.WithCancelCause(r.ctx)
	defer cancel(nil)
	jobs := make(chan castJob, r.cfg.Workers)
	p := r.progress("cast", r.cfg.Voters)
	var wg sync.WaitGroup
	for range r.cfg.Workers {
		wg.Go(func() {
			for j := range jobs {
				if err := r.send(ctx, v, s, creds, j); err != nil {
					cancel(err)
				}
				p.Add(1)
			}
		})
	}
	r.feed(ctx, v, jobs, cancel)
	close(jobs)
	wg.Wait()
	p.Done()
	return context.Cause(ctx)
}

// feed queues the sample's casts, then the file's, until ctx ends.
func (r *runner) feed(ctx context.Context, v *voters, jobs chan<- castJob, cancel context.CancelCauseFunc) {
	n := 0
	for i := range r.cfg.Sample {
		select {
		case jobs <- castJob{n: n, sample: i}:
			n++
		case <-ctx.Done():
			return
		}
	}
	for vt, err := range ReadVoters(v.path, v.header, v.bulk) {
		if err != nil {
			cancel(err)
			return
		}
		select {
		case jobs <- castJob{n: n, sample: -1, cast: vt.Cast}:
			n++
		case <-ctx.Done():
			return
		}
	}
}

// send posts one cast to its relay and checks the relay accepted it.
func (r *runner) send(ctx context.Context, v *voters, s *services, creds []*booth.Credential, j castJob) error {
	c := j.cast
	if j.sample >= 0 {
		ch := Choice(v.bulk+j.sample, r.cfg.Options)
		choices := [][]bool{make([]bool, r.cfg.Options)}
		if int(ch) < r.cfg.Options {
			choices[0][ch] = true
		}
		bc, _, err := creds[j.sample].Prepare(v.ballot, choices, rand.Reader)
		if err != nil {
			return err
		}
		c = ballotbox.Cast{Pseudonym: bc.Pseudonym, Token: bc.Token, Ballot: bc.Ballot, Signature: bc.Signature}
	}
	return postCast(ctx, s.hc, s.relays[j.n%len(s.relays)], c)
}

// postCast sends c to the relay at url and fails unless it is accepted.
func postCast(ctx context.Context, hc *http.Client, url string, c ballotbox.Cast) error {
	body, _ := json.Marshal(relay.Request{Pseudonym: c.Pseudonym.Hex(), Token: c.Token, Ballot: c.Ballot, Signature: c.Signature})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+"/v1/casts", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var u relay.Update
	if err := json.NewDecoder(resp.Body).Decode(&u); err != nil || (u.Status != "accepted" && u.Status != "included") {
		return fmt.Errorf("%s: the relay answered %d %+v (%v)", c.Pseudonym.Hex(), resp.StatusCode, u, err)
	}
	return nil
}
