package up

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/internal/httpserver"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/web/console"
)

// consoleServer is the demo's commission console (package web/console),
// on its own loopback address: it holds the commission's key.
type consoleServer struct {
	con  *console.Console
	srv  *http.Server
	url  string
	cred string // made afresh at every start; only its hash is kept
}

// startConsole serves the console of the demo's elections (the sample
// is election 1), with their registrars, the booth's address for the
// code letters and the chain's endpoint for the trustees' invitations.
// A busy ConsoleListen falls back to a free port.
func startConsole(cfg Config, client ballotbox.Backend, rpc string, acc *accounts, regs *registrars, st *State, booth string) (*consoleServer, error) {
	dir := filepath.Join(cfg.DataDir, "console")
	cred, err := console.NewCredential(dir)
	if err != nil {
		return nil, err
	}
	con, err := console.New(console.Config{Backend: client, Commission: acc.commission, Dir: dir,
		Contract: st.Contract, FromBlock: st.FromBlock, Registrar: regs, BoothURL: booth, RPC: rpc, Logger: cfg.Logger,
		Files: filepath.Join(cfg.DataDir, "files")}) // the trustees' (runTrustees)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", cfg.ConsoleListen)
	if err != nil {
		cfg.Logger.Warn("the console's address is busy; using a free port", "listen", cfg.ConsoleListen, "err", err)
		ln, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		con.Close()
		return nil, err
	}
	srv := httpserver.New(con.Handler(), httpserver.Limits{}, nil)
	go srv.Serve(ln)
	return &consoleServer{con: con, srv: srv, url: "http://" + ln.Addr().String() + "/", cred: cred}, nil
}

func (c *consoleServer) close(ctx context.Context) error {
	err := c.srv.Shutdown(ctx)
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return errors.Join(err, c.con.Close())
}

// trusteeEvery is how often the demo's trustees look for work.
const trusteeEvery = 2 * time.Second

// runTrustees runs the demo's five trustees as "evote trustee run" does,
// until ctx ends or the result is out: once the commission closes the
// polls (in the console) they post their decryption shares.
func runTrustees(ctx context.Context, wg *sync.WaitGroup, box *ballotbox.Client, acc *accounts, st *State, dir string, log *slog.Logger) {
	for i, o := range acc.trustees {
		s, err := ceremony.LoadSecret(filepath.Join(dir, "trustees", fmt.Sprintf("trustee%d.secret", i+1)), []byte(st.Passphrase))
		if err != nil {
			log.Warn("a demo trustee cannot load its secret", "trustee", i+1, "err", err)
			continue
		}
		// One files directory for the five: their mix files and mix
		// decryptions are where each other's and the tally's reads look.
		t := &ceremony.Trustee{Box: box, Opts: o, From: st.FromBlock, Files: filepath.Join(dir, "files"), Log: log}
		wg.Go(func() {
			for {
				did, err := t.Step(ctx, s)
				if err != nil && !errors.Is(err, ceremony.ErrWaiting) && ctx.Err() == nil {
					log.Warn("demo trustee", "trustee", i+1, "step", did, "err", err)
				}
				if did == "done: the result is published" {
					return
				}
				select {
				case <-ctx.Done():
					return
				case <-time.After(trusteeEvery):
				}
			}
		})
	}
}
