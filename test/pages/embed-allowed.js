// The test server answers both as localhost and as 127.0.0.1, two origins, on a port that
// changes from run to run: this adds the other one to the page's allow-list, as a host would
// write it in the meta above.
const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const meta = document.createElement('meta');
meta.name = 'exchange-charts-allowed-origins';
meta.content = `${location.protocol}//${other}:${location.port}`;
document.head.append(meta);
