package relay

import (
	"bytes"
	"context"
	"errors"
	"github.com/evote-org/evote/ballotbox/tracker"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// reply is one message to a WebSocket client: a status (with the id of
// the request it answers, if any) or an error.
type reply struct {
	id  string
	st  Status
	err *apiError
}

// wsConn is one WebSocket connection: a read loop that handles requests
// in order, and a writer that sends replies, pushed updates and pings.
type wsConn struct {
	r      *Relay
	conn   *websocket.Conn
	client string
	ru     atomic.Bool // the connection's language is Russian
	sink   *sink
}

func (r *Relay) handleWS(w http.ResponseWriter, req *http.Request) {
	if !r.originAllowed(req) {
		writeError(w, req, errOrigin, "")
		return
	}
	if r.metrics.wsConns.Add(1) > int64(r.cfg.Limits.MaxConns) {
		r.metrics.wsConns.Add(-1)
		writeError(w, req, errBusy, "")
		return
	}
	defer r.metrics.wsConns.Add(-1)
	up := websocket.Upgrader{
		HandshakeTimeout: 10 * time.Second,
		CheckOrigin:      r.originAllowed,
		Error: func(w http.ResponseWriter, req *http.Request, status int, _ error) {
			writeError(w, req, &apiError{status, "bad-request", errBadRequest.text}, "")
		},
	}
	conn, err := up.Upgrade(w, req, nil)
	if err != nil {
		return // Upgrade has answered
	}
	c := &wsConn{r: r, conn: conn, client: r.cfg.ClientID(req)}
	c.ru.Store(language(req, "") == "ru")
	c.serve()
}

func (c *wsConn) serve() {
	ctx, cancel := context.WithCancel(context.Background())
	c.sink = newSink(func() { cancel(); c.conn.Close() })
	defer c.sink.kill()
	if !c.r.hub.add(c.sink) {
		return
	}
	defer c.r.hub.remove(c.sink)
	var wg sync.WaitGroup
	wg.Go(func() { c.write(ctx) })
	c.read(ctx)
	cancel()
	wg.Wait()
}

// read handles messages until the connection fails or goes quiet for
// PongWait.
func (c *wsConn) read(ctx context.Context) {
	l := c.r.cfg.Limits
	c.conn.SetReadLimit(l.MaxMessageBytes)
	alive := func(string) error { return c.conn.SetReadDeadline(time.Now().Add(l.PongWait)) }
	alive("")
	c.conn.SetPongHandler(alive)
	for {
		kind, data, err := c.conn.ReadMessage()
		if err != nil {
			return
		}
		alive("")
		if kind != websocket.TextMessage {
			c.send(ctx, reply{err: errBadRequest})
			continue
		}
		c.handle(ctx, data)
	}
}

// handle answers one request.
func (c *wsConn) handle(ctx context.Context, data []byte) {
	m, err := decodeRequest(bytes.NewReader(data))
	switch m.Lang {
	case "ru", "en":
		c.ru.Store(m.Lang == "ru")
	}
	switch {
	case err != nil:
		c.send(ctx, reply{id: m.ID, err: errBadRequest})
	case m.Type == "cast":
		c.cast(ctx, m)
	case m.Type == "watch":
		c.watch(ctx, m)
	default:
		c.send(ctx, reply{id: m.ID, err: errBadRequest})
	}
}

func (c *wsConn) cast(ctx context.Context, m Request) {
	if !c.r.limiter.allow(c.client) {
		c.r.metrics.limited.Add(1)
		c.send(ctx, reply{id: m.ID, err: errRateLimited})
		return
	}
	st, err := c.r.submitRequest(ctx, m)
	if err != nil {
		c.send(ctx, reply{id: m.ID, err: c.r.apiError(err)})
		return
	}
	c.send(ctx, reply{id: m.ID, st: st})
	if st.Phase == Accepted {
		c.follow(ctx, st.Tracker, m.ID)
	}
}

func (c *wsConn) watch(ctx context.Context, m Request) {
	t, err := tracker.Parse(m.Tracker)
	if err != nil {
		c.send(ctx, reply{id: m.ID, err: errBadRequest})
		return
	}
	st, err := c.r.Status(t)
	if err != nil {
		c.send(ctx, reply{id: m.ID, err: c.r.apiError(err)})
		return
	}
	c.send(ctx, reply{id: m.ID, st: st})
	if st.Phase == Accepted {
		c.follow(ctx, t, m.ID)
	}
}

// follow pushes the final status of t when it comes. The status is read
// again after the watch is registered, so that a change in between is
// not missed (it may then be sent twice).
func (c *wsConn) follow(ctx context.Context, t Tracker, id string) {
	if !c.r.hub.watch(t, c.sink, id, c.r.cfg.Limits.MaxWatches) {
		c.send(ctx, reply{id: id, err: errTooManyWatches})
		return
	}
	if st, err := c.r.Status(t); err == nil && st.Phase != Accepted {
		c.send(ctx, reply{id: id, st: st})
	}
}

// send queues a reply for the writer.
func (c *wsConn) send(ctx context.Context, rp reply) {
	select {
	case c.sink.ch <- rp:
	case <-ctx.Done():
	}
}

// write sends replies and pings until ctx ends or a write fails.
func (c *wsConn) write(ctx context.Context) {
	l := c.r.cfg.Limits
	ping := time.NewTicker(l.PingPeriod)
	defer ping.Stop()
	for {
		var err error
		select {
		case <-ctx.Done():
			return
		case rp := <-c.sink.ch:
			c.conn.SetWriteDeadline(time.Now().Add(l.WriteWait))
			err = c.conn.WriteJSON(c.update(rp))
		case <-ping.C:
			err = c.conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(l.WriteWait))
		}
		if err != nil && !errors.Is(err, websocket.ErrCloseSent) {
			c.sink.kill()
			return
		}
	}
}

func (c *wsConn) update(rp reply) Update {
	lang := "en"
	if c.ru.Load() {
		lang = "ru"
	}
	if rp.err != nil {
		return rp.err.update(rp.id, lang)
	}
	u := update(rp.st, lang)
	u.ID = rp.id
	return u
}
