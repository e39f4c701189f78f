package e2e

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/web/booth"
	"github.com/gorilla/websocket"
)

// electorate is the voters of a cluster, each registering and casting
// with the booth's code as the booth does: retrying the same blinded
// message and the same cast while a role is down, never making a fresh
// one. It remembers what the roles acknowledged.
type electorate struct {
	c     *cluster
	el    *booth.Election
	be    *ballot.Election
	reg   *booth.Registrar
	codes map[string]string

	mu       sync.Mutex
	tokens   int      // registrations answered with a signature
	trackers []string // casts answered accepted or included
	want     [][]uint64
	acked    atomic.Int64
}

func newElectorate(c *cluster) *electorate {
	params, err := relay.LoadParams(c.ctx, c.box, 0)
	if err != nil {
		c.t.Fatal(err)
	}
	keyOnChain, err := c.box.RegistrarKey(c.ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	e := &electorate{c: c, be: params.Election, codes: readCodes(c.t, filepath.Join(c.dir, "codes.csv")),
		want: [][]uint64{make([]uint64, 2), make([]uint64, 5)}}
	e.reg = &booth.Registrar{URL: c.regURL, ElectionID: fmt.Sprintf("0x%x", e.be.Context.ElectionID)}
	info, err := e.reg.Info(c.ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	if e.el, err = booth.CheckInfo(info, e.be.Context, keyOnChain); err != nil {
		c.t.Fatal(err)
	}
	return e
}

// sampleChoices are voter i's choices on the sample manifest.
func sampleChoices(i int) [][]bool {
	choices := [][]bool{{i%3 == 0, i%3 != 0}, make([]bool, 5)}
	if i%4 != 0 {
		choices[1][i%5], choices[1][(i/5)%5] = true, true
	}
	return choices
}

// vote has voters [from, to) vote, workers at a time; it returns when
// all are done.
func (e *electorate) vote(from, to, workers int) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				if err := e.voteOne(i); err != nil {
					e.c.t.Errorf("voter %d: %v", i, err)
				}
			}
		})
	}
	for i := from; i < to; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

func (e *electorate) voteOne(i int) error {
	id := voterName(i)
	signer := &booth.Retry{Signer: e.reg, Attempts: 12, Wait: 200 * time.Millisecond}
	cred, err := e.el.Register(e.c.ctx, signer, id, e.codes[id], rand.Reader)
	if err != nil {
		return fmt.Errorf("registration: %w", err)
	}
	e.mu.Lock()
	e.tokens++
	e.mu.Unlock()
	choices := sampleChoices(i)
	c, _, err := cred.Prepare(e.be, choices, rand.Reader)
	if err != nil {
		return err
	}
	req := relay.Request{Type: "cast", ID: id, Pseudonym: fmt.Sprintf("0x%x", c.Pseudonym), Token: c.Token, Ballot: c.Ballot, Signature: c.Signature}
	u, err := e.cast(req, i%3 == 0)
	if err != nil {
		return err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.trackers = append(e.trackers, u.Tracker)
	for q := range choices {
		for o, chosen := range choices[q] {
			if chosen {
				e.want[q][o]++
			}
		}
	}
	e.acked.Add(1)
	return nil
}

// cast sends req until the relay accepts it, over a WebSocket or HTTP.
func (e *electorate) cast(req relay.Request, ws bool) (relay.Update, error) {
	var last error
	for range 120 {
		send := castHTTP
		if ws {
			send = castWS
		}
		u, err := send(e.c.relayURL, req)
		switch {
		case err == nil && (u.Status == "accepted" || u.Status == "included"):
			return u, nil
		case err == nil && u.Status == "rejected":
			return u, fmt.Errorf("cast rejected: %+v", u)
		case err == nil:
			last = fmt.Errorf("relay answered %+v", u)
		default:
			last = err
		}
		if e.c.ctx.Err() != nil {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	return relay.Update{}, fmt.Errorf("cast never accepted: %w", last)
}

func castHTTP(url string, req relay.Request) (relay.Update, error) {
	body, _ := json.Marshal(req)
	resp, err := http.Post(url+"/v1/casts", "application/json", bytes.NewReader(body))
	if err != nil {
		return relay.Update{}, err
	}
	defer resp.Body.Close()
	var u relay.Update
	err = json.NewDecoder(resp.Body).Decode(&u)
	return u, err
}

func castWS(url string, req relay.Request) (relay.Update, error) {
	d := websocket.Dialer{HandshakeTimeout: 5 * time.Second}
	conn, _, err := d.Dial("ws"+strings.TrimPrefix(url, "http")+"/v1/ws", nil)
	if err != nil {
		return relay.Update{}, err
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Now().Add(30 * time.Second))
	if err := conn.WriteJSON(req); err != nil {
		return relay.Update{}, err
	}
	var u relay.Update
	if err := conn.ReadJSON(&u); err != nil {
		return relay.Update{}, err
	}
	if u.ID != req.ID {
		return u, errors.New("an update for another request")
	}
	return u, nil
}

// checkTokensKept asks the registrar for a token for every voter with a
// fresh blinding: each must be refused as already issued, so that no
// issued token was forgotten by a crash.
func (e *electorate) checkTokensKept(n int) {
	for i := range n {
		id := voterName(i)
		_, err := e.el.Register(e.c.ctx, e.reg, id, e.codes[id], rand.Reader)
		var re *booth.RegistrarError
		if !errors.As(err, &re) || re.ErrorResponse.Error != "already_issued" {
			e.c.t.Errorf("voter %s asked again after the faults: %v, want already_issued", id, err)
		}
	}
}
