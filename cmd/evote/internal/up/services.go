package up

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/web/console"
	"github.com/evote-org/evote/web/site"
)

// services are the demo's servers and background work over the chain:
// the registrar, the relay, the booth site, the console and the
// trustees.
type services struct {
	box     *ballotbox.Client
	acc     *accounts
	st      *State
	dir     string
	svc     *registrar.Service
	relay   *relay.Relay
	site    *http.Server
	ln      net.Listener
	siteURL string
	console *consoleServer
}

// startServices makes the servers of the election st; serve runs them.
func startServices(ctx context.Context, cfg Config, client ballotbox.Backend, acc *accounts, regKey *signer.Key, st *State, roll store.Store, wasm []byte) (*services, error) {
	sv := &services{box: ballotbox.New(client, st.Contract), acc: acc, st: st, dir: cfg.DataDir}
	tctx, err := sv.box.Context(ctx)
	if err != nil {
		return nil, err
	}
	if sv.svc, err = registrar.New(registrar.Config{Context: tctx, Key: regKey, Store: roll,
		Publisher: &ballotbox.TokenCounter{Client: sv.box, Opts: acc.registrar}}); err != nil {
		return nil, err
	}
	params, err := relay.LoadParams(ctx, sv.box, st.FromBlock)
	if err != nil {
		return nil, err
	}
	if sv.relay, err = relay.Open(relay.Config{Backend: client, Contract: st.Contract, Params: params,
		Opts: acc.relay, Dir: filepath.Join(cfg.DataDir, "relay"), Logger: cfg.Logger}); err != nil {
		return nil, err
	}
	if err := sv.listen(cfg, client, regKey, roll, wasm); err != nil {
		sv.relay.Close()
		return nil, err
	}
	return sv, nil
}

// listen makes the site and the console and opens their addresses.
func (sv *services) listen(cfg Config, client ballotbox.Backend, regKey *signer.Key, roll store.Store, wasm []byte) error {
	s, err := site.New(site.Config{Box: sv.box, FromBlock: sv.st.FromBlock, Wasm: wasm,
		Registrar: sv.svc.Handler(), Relay: sv.relay.Handler(), Logger: cfg.Logger, Voters: uint64(sv.st.Voters),
		RecordPath: filepath.Join(cfg.DataDir, "console", console.RecordFile)})
	if err != nil {
		return err
	}
	if sv.ln, err = net.Listen("tcp", cfg.Listen); err != nil {
		return err
	}
	if sv.console, err = startConsole(cfg, client, sv.acc, regKey, sv.st, roll); err != nil {
		sv.ln.Close()
		return err
	}
	sv.siteURL = "http://" + sv.ln.Addr().String()
	sv.site = &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	return nil
}

// serve runs everything until ctx ends (or the site fails), then stops
// it all.
func (sv *services) serve(ctx context.Context, log *slog.Logger) error {
	runCtx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { sv.svc.Run(runCtx) })
	wg.Go(func() { sv.relay.Run(runCtx) })
	runTrustees(runCtx, &wg, sv.box, sv.acc, sv.st, sv.dir, log)
	closer := &registrarCloser{svc: sv.svc, box: sv.box}
	wg.Go(func() { closer.watch(runCtx, log) })
	served := make(chan error, 1)
	go func() { served <- sv.site.Serve(sv.ln) }()

	var err error
	select {
	case <-ctx.Done():
	case err = <-served:
	}
	log.Info("stopping: site, console, trustees, relay, registrar, chain")
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	sv.site.Shutdown(shut)
	cerr := sv.console.close(shut)
	stop()
	wg.Wait()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return errors.Join(err, cerr, sv.relay.Close(), closer.close(shut, true))
}
