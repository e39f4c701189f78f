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
	"github.com/evote-org/evote/internal/httpserver"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/web/console"
	"github.com/evote-org/evote/web/site"
)

// services are the demo's servers and background work over the chain:
// the registrar, the relay, the booth site, the console and the
// trustees. The site, the registrar and the relay listen on three
// addresses, three origins as in a real deployment: the booth calls the
// registrar and the relay from the browser (they allow the site's origin
// by CORS), and the site sees no registration and no cast.
type services struct {
	box     *ballotbox.Client
	acc     *accounts
	st      *State
	dir     string
	svc     *registrar.Service // the sample's
	regs    *registrars        // every election's
	relay   *relay.Relay
	servers []*server // site, registrar, relay, and the private health and metrics
	console *consoleServer
}

// server is one of the three origins.
type server struct {
	name string
	ln   net.Listener
	srv  *http.Server
	url  string // http://host:port, no slash
}

// urls are the three origins, for the summary.
func (sv *services) urls() (site, reg, rel string) {
	return sv.servers[0].url, sv.servers[1].url, sv.servers[2].url
}

// startServices makes the servers of the election st on the open
// listeners; serve runs them. rpc is the chain's JSON-RPC URL ("": off).
func startServices(ctx context.Context, cfg Config, servers []*server, client ballotbox.Backend, rpc string, acc *accounts, regKey *signer.Key, st *State, roll store.Store, wasm []byte) (*services, error) {
	sv := &services{box: ballotbox.New(client, st.Contract), acc: acc, st: st, dir: cfg.DataDir, servers: servers,
		regs: newRegistrars(cfg, client, acc, regKey, roll)}
	if err := sv.start(ctx, cfg, client, rpc, wasm); err != nil {
		return nil, err
	}
	return sv, nil
}

// listen opens the three origins' addresses and the private one of
// health and metrics, before anything starts: the chain node must know
// the site's origin to allow it.
func listen(cfg Config) ([]*server, error) {
	var servers []*server
	for _, a := range [][2]string{{"site", cfg.Listen}, {"registrar", cfg.RegistrarListen}, {"relay", cfg.RelayListen}, {"metrics", cfg.MetricsListen}} {
		ln, err := net.Listen("tcp", a[1])
		if err != nil {
			closeListeners(servers)
			return nil, err
		}
		servers = append(servers, &server{name: a[0], ln: ln, url: "http://" + ln.Addr().String()})
	}
	return servers, nil
}

func closeListeners(servers []*server) {
	for _, s := range servers {
		s.ln.Close()
	}
}

// start makes the registrar, the relay, the site and the console.
func (sv *services) start(ctx context.Context, cfg Config, client ballotbox.Backend, rpc string, wasm []byte) error {
	siteURL, regURL, relURL := sv.urls()
	sv.regs.origin, sv.regs.url = siteURL, regURL
	tctx, err := sv.box.Context(ctx)
	if err != nil {
		return err
	}
	params, err := relay.LoadParams(ctx, sv.box, sv.st.FromBlock)
	if err != nil {
		return err
	}
	if sv.svc, err = registrar.New(registrar.Config{Context: tctx, Key: sv.regs.keys[1], Store: sv.regs.stores[1], AllowedOrigins: []string{siteURL},
		ElectionKey: params.Election.Key.Bytes(), Publisher: &ballotbox.TokenCounter{Client: sv.box, Opts: sv.acc.registrar}}); err != nil {
		return err
	}
	if sv.relay, err = relay.Open(relay.Config{Backend: client, Contract: sv.st.Contract, Params: params, AllowedOrigins: []string{siteURL},
		Opts: sv.acc.relay, Dir: filepath.Join(cfg.DataDir, "relay"), Logger: cfg.Logger}); err != nil {
		return err
	}
	s, err := site.New(site.Config{Box: sv.box, FromBlock: sv.st.FromBlock, Wasm: wasm, RegistrarURL: regURL, RelayURL: relURL, NodeURL: rpc,
		Logger: cfg.Logger, Voters: uint64(sv.st.Voters), RecordPath: filepath.Join(console.ElectionDir(filepath.Join(cfg.DataDir, "console"), 1), console.RecordFile),
		Files: filepath.Join(cfg.DataDir, "files")}) // the trustees' (runTrustees)
	if err == nil {
		sv.console, err = startConsole(cfg, client, rpc, sv.acc, sv.regs, sv.st, siteURL)
	}
	if err != nil {
		sv.relay.Close()
		return err
	}
	sv.servers[0].srv = httpserver.New(s.Handler(), httpserver.Limits{}, nil)
	sv.servers[1].srv = httpserver.New(sv.regs.handler(sv.svc.Handler()), httpserver.Limits{}, nil)
	sv.servers[2].srv = sv.relay.Server("")
	mon := http.NewServeMux()
	mon.Handle("/registrar/", http.StripPrefix("/registrar", sv.svc.MonitorHandler()))
	mon.Handle("/relay/", http.StripPrefix("/relay", sv.relay.MonitorHandler()))
	sv.servers[3].srv = httpserver.New(mon, httpserver.Limits{}, nil)
	return nil
}

// serve runs everything until ctx ends (or a server fails), then stops
// it all.
func (sv *services) serve(ctx context.Context, log *slog.Logger) error {
	runCtx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { sv.svc.Run(runCtx) })
	wg.Go(func() { sv.relay.Run(runCtx) })
	runTrustees(runCtx, &wg, sv.box, sv.acc, sv.st, sv.dir, log)
	sv.regs.ctx, sv.regs.run = runCtx, wg.Go
	for _, e := range sv.console.con.Elections() {
		if !e.Archived {
			if err := sv.regs.Serve(runCtx, e.N, e.Contract, e.FromBlock); err != nil {
				log.Warn("the registrar cannot serve an election of the console", "election", e.N, "err", err)
			}
		}
	}
	served := make(chan error, len(sv.servers))
	for _, s := range sv.servers {
		go func() { served <- s.srv.Serve(s.ln) }()
	}

	var err error
	select {
	case <-ctx.Done():
	case err = <-served:
	}
	log.Info("stopping: site, registrar and relay servers, console, trustees, relay, registrar, chain")
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, s := range sv.servers {
		s.srv.Shutdown(shut)
	}
	cerr := sv.console.close(shut)
	stop()
	wg.Wait()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return errors.Join(err, cerr, sv.relay.Close(), sv.svc.Close(shut), sv.regs.close(shut))
}
