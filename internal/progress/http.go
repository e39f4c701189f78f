package progress

import (
	"io"
	"net/http"
	"sync"
)

// Transport returns rt reporting on w, as what, the bytes of each
// response body read through it (total: its Content-Length, when the
// server sends one), for a long download such as a registration log.
// On a nil w it returns rt.
func Transport(rt http.RoundTripper, w io.Writer, what string) http.RoundTripper {
	return Options{}.Transport(rt, w, what)
}

// Transport is Transport with these options.
func (o Options) Transport(rt http.RoundTripper, w io.Writer, what string) http.RoundTripper {
	if w == nil {
		return rt
	}
	if rt == nil {
		rt = http.DefaultTransport
	}
	return &transport{rt: rt, o: o, w: w, what: what}
}

type transport struct {
	rt   http.RoundTripper
	o    Options
	w    io.Writer
	what string
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.rt.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	var total uint64
	if resp.ContentLength > 0 {
		total = uint64(resp.ContentLength)
	}
	m := t.o.New(t.w, t.what, total)
	resp.Body = &body{ReadCloser: resp.Body, r: m.Reader(resp.Body), m: m}
	return resp, nil
}

// body counts what is read and reports the end once, at EOF or Close.
type body struct {
	io.ReadCloser
	r    io.Reader
	m    *Meter
	once sync.Once
}

func (b *body) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err == io.EOF {
		b.once.Do(b.m.Done)
	}
	return n, err
}

func (b *body) Close() error {
	b.once.Do(b.m.Done)
	return b.ReadCloser.Close()
}
