// node_modules/@vue/shared/dist/shared.esm-bundler.js
// @__NO_SIDE_EFFECTS__
function e(e) {
	let t = /* @__PURE__ */ Object.create(null);
	for (let n of e.split(",")) t[n] = 1;
	return (e) => e in t;
}
var t = {}, n = [], r = () => {}, i = () => !1, a = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && (e.charCodeAt(2) > 122 || e.charCodeAt(2) < 97), o = (e) => e.startsWith("onUpdate:"), s = Object.assign, c = (e, t) => {
	let n = e.indexOf(t);
	n > -1 && e.splice(n, 1);
}, l = Object.prototype.hasOwnProperty, u = (e, t) => l.call(e, t), d = Array.isArray, f = (e) => x(e) === "[object Map]", p = (e) => x(e) === "[object Set]", m = (e) => x(e) === "[object Date]", h = (e) => typeof e == "function", g = (e) => typeof e == "string", _ = (e) => typeof e == "symbol", v = (e) => typeof e == "object" && !!e, y = (e) => (v(e) || h(e)) && h(e.then) && h(e.catch), b = Object.prototype.toString, x = (e) => b.call(e), S = (e) => x(e).slice(8, -1), C = (e) => x(e) === "[object Object]", ee = (e) => g(e) && e !== "NaN" && e[0] !== "-" && "" + parseInt(e, 10) === e, te = /* @__PURE__ */ e(",key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted"), ne = (e) => {
	let t = /* @__PURE__ */ Object.create(null);
	return ((n) => t[n] || (t[n] = e(n)));
}, re = /-\w/g, w = /* @__PURE__ */ ne((e) => e.replace(re, (e) => e.slice(1).toUpperCase())), ie = /\B([A-Z])/g, ae = /* @__PURE__ */ ne((e) => e.replace(ie, "-$1").toLowerCase()), oe = /* @__PURE__ */ ne((e) => e.charAt(0).toUpperCase() + e.slice(1)), se = /* @__PURE__ */ ne((e) => e ? `on${oe(e)}` : ""), ce = (e, t) => !Object.is(e, t), le = (e, ...t) => {
	for (let n = 0; n < e.length; n++) e[n](...t);
}, ue = (e, t, n, r = !1) => {
	Object.defineProperty(e, t, {
		configurable: !0,
		enumerable: !1,
		writable: r,
		value: n
	});
}, de = (e) => {
	let t = parseFloat(e);
	return isNaN(t) ? e : t;
}, fe, pe = () => fe ||= typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : typeof window < "u" ? window : typeof global < "u" ? global : {};
function T(e) {
	if (d(e)) {
		let t = {};
		for (let n = 0; n < e.length; n++) {
			let r = e[n], i = g(r) ? _e(r) : T(r);
			if (i) for (let e in i) t[e] = i[e];
		}
		return t;
	}
	if (g(e) || v(e)) return e;
}
var me = /;(?![^(]*\))/g, he = /:([^]+)/, ge = /"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;
function _e(e) {
	let t = {};
	return e.replace(ge, (e) => e.startsWith("/*") ? "" : e).split(me).forEach((e) => {
		if (e) {
			let n = e.split(he);
			n.length > 1 && (t[n[0].trim()] = n[1].trim());
		}
	}), t;
}
function E(e) {
	let t = "";
	if (g(e)) t = e;
	else if (d(e)) for (let n = 0; n < e.length; n++) {
		let r = E(e[n]);
		r && (t += r + " ");
	}
	else if (v(e)) for (let n in e) e[n] && (t += n + " ");
	return t.trim();
}
var ve = /* @__PURE__ */ e("itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly");
function ye(e) {
	return !!e || e === "";
}
function be(e, t, n) {
	if (e.length !== t.length) return !1;
	let r = !0;
	for (let i = 0; r && i < e.length; i++) r = we(e[i], t[i], n);
	return r;
}
function xe(e, t, n) {
	if (e.size !== t.size) return !1;
	let r = Array.from(t), i = new Uint8Array(r.length);
	for (let t of e) {
		let e = -1;
		for (let a = 0; a < r.length; a++) if (!i[a] && we(t, r[a], n)) {
			e = a;
			break;
		}
		if (e < 0) return !1;
		i[e] = 1;
	}
	return !0;
}
function Se(e, t, n) {
	let r = f(e), i = f(t);
	if (r || i || (r = p(e), i = p(t), r || i)) return r && i ? xe(e, t, n) : !1;
	if (Object.keys(e).length !== Object.keys(t).length) return !1;
	for (let r in e) {
		let i = e.hasOwnProperty(r), a = t.hasOwnProperty(r);
		if (i && !a || !i && a || !we(e[r], t[r], n)) return !1;
	}
	return String(e) === String(t);
}
function Ce(e, t, n, r) {
	n ||= [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
	let [i, a] = n;
	if (i.has(e) || a.has(t)) return i.get(e) === t && a.get(t) === e;
	i.set(e, t), a.set(t, e);
	let o = r(e, t, n);
	return i.delete(e), a.delete(t), o;
}
function we(e, t, n) {
	if (e === t) return !0;
	let r = m(e), i = m(t);
	return r || i ? r && i ? e.getTime() === t.getTime() : !1 : (r = _(e), i = _(t), r || i ? e === t : (r = d(e), i = d(t), r || i ? r && i ? Ce(e, t, n, be) : !1 : (r = v(e), i = v(t), r || i ? !r || !i ? !1 : Ce(e, t, n, Se) : String(e) === String(t))));
}
function Te(e, t) {
	return e.findIndex((e) => we(e, t));
}
var Ee = (e) => !!(e && e.__v_isRef === !0), D = (e) => g(e) ? e : e == null ? "" : d(e) || v(e) && (e.toString === b || !h(e.toString)) ? Ee(e) ? D(e.value) : JSON.stringify(e, De, 2) : String(e), De = (e, t) => Ee(t) ? De(e, t.value) : f(t) ? { [`Map(${t.size})`]: [...t.entries()].reduce((e, [t, n], r) => (e[Oe(t, r) + " =>"] = n, e), {}) } : p(t) ? { [`Set(${t.size})`]: [...t.values()].map((e) => Oe(e)) } : _(t) ? Oe(t) : v(t) && !d(t) && !C(t) ? String(t) : t, Oe = (e, t = "") => _(e) ? `Symbol(${e.description ?? t})` : e, O, ke = class {
	constructor(e = !1) {
		this.detached = e, this._active = !0, this._on = 0, this.effects = [], this.cleanups = [], this._isPaused = !1, this._warnOnRun = !0, this.__v_skip = !0, !e && O && (O.active ? (this.parent = O, this.index = (O.scopes || (O.scopes = [])).push(this) - 1) : (this._active = !1, this._warnOnRun = !1));
	}
	get active() {
		return this._active;
	}
	pause() {
		if (this._active) {
			this._isPaused = !0;
			let e, t;
			if (this.scopes) {
				let n = this.scopes.slice();
				for (e = 0, t = n.length; e < t; e++) n[e].pause();
			}
			for (e = 0, t = this.effects.length; e < t; e++) this.effects[e].pause();
		}
	}
	resume() {
		if (this._active && this._isPaused) {
			this._isPaused = !1;
			let e, t;
			if (this.scopes) {
				let n = this.scopes.slice();
				for (e = 0, t = n.length; e < t; e++) n[e].resume();
			}
			let n = this.effects.slice();
			for (e = 0, t = n.length; e < t; e++) n[e].resume();
		}
	}
	run(e) {
		if (this._active) {
			let t = O;
			try {
				return O = this, e();
			} finally {
				O = t;
			}
		}
	}
	on() {
		++this._on === 1 && (this.prevScope = O, O = this);
	}
	off() {
		if (this._on > 0 && --this._on === 0) {
			if (O === this) O = this.prevScope;
			else {
				let e = O;
				for (; e;) {
					if (e.prevScope === this) {
						e.prevScope = this.prevScope;
						break;
					}
					e = e.prevScope;
				}
			}
			this.prevScope = void 0;
		}
	}
	stop(e) {
		if (this._active) {
			this._active = !1;
			let t, n;
			for (t = 0, n = this.effects.length; t < n; t++) this.effects[t].stop();
			for (this.effects.length = 0, t = 0, n = this.cleanups.length; t < n; t++) this.cleanups[t]();
			if (this.cleanups.length = 0, this.scopes) {
				let e = this.scopes.slice();
				for (t = 0, n = e.length; t < n; t++) e[t].stop(!0);
				this.scopes.length = 0;
			}
			if (!this.detached && this.parent && !e) {
				let e = this.parent.scopes.pop();
				e && e !== this && (this.parent.scopes[this.index] = e, e.index = this.index);
			}
			this.parent = void 0;
		}
	}
};
function Ae() {
	return O;
}
var k, je = /* @__PURE__ */ new WeakSet(), Me = class {
	constructor(e) {
		this.fn = e, this.deps = void 0, this.depsTail = void 0, this.flags = 5, this.next = void 0, this.cleanup = void 0, this.scheduler = void 0, O && (O.active ? O.effects.push(this) : this.flags &= -2);
	}
	pause() {
		this.flags |= 64;
	}
	resume() {
		this.flags & 64 && (this.flags &= -65, je.has(this) && (je.delete(this), this.trigger()));
	}
	notify() {
		this.flags & 2 && !(this.flags & 32) || this.flags & 8 || Ie(this);
	}
	run() {
		if (!(this.flags & 1)) return this.fn();
		this.flags |= 2, Ye(this), ze(this);
		let e = k, t = Ge;
		k = this, Ge = !0;
		try {
			return this.fn();
		} finally {
			Be(this), k = e, Ge = t, this.flags &= -3;
		}
	}
	stop() {
		if (this.flags & 1) {
			for (let e = this.deps; e; e = e.nextDep) Ue(e);
			this.deps = this.depsTail = void 0, Ye(this), this.onStop && this.onStop(), this.flags &= -2;
		}
	}
	trigger() {
		this.flags & 64 ? je.add(this) : this.scheduler ? this.scheduler() : this.runIfDirty();
	}
	runIfDirty() {
		Ve(this) && this.run();
	}
	get dirty() {
		return Ve(this);
	}
}, Ne = 0, Pe, Fe;
function Ie(e, t = !1) {
	e.flags |= 8, t ? (e.next = Fe, Fe = e) : (e.next = Pe, Pe = e);
}
function Le() {
	Ne++;
}
function Re() {
	if (--Ne > 0) return;
	if (Fe) {
		let e = Fe;
		for (Fe = void 0; e;) {
			let t = e.next;
			e.next = void 0, e.flags &= -9, e = t;
		}
	}
	let e;
	for (; Pe;) {
		let t = Pe;
		for (Pe = void 0; t;) {
			let n = t.next;
			if (t.next = void 0, t.flags &= -9, t.flags & 1) try {
				t.trigger();
			} catch (t) {
				e ||= t;
			}
			t = n;
		}
	}
	if (e) throw e;
}
function ze(e) {
	for (let t = e.deps; t; t = t.nextDep) t.version = -1, t.prevActiveLink = t.dep.activeLink, t.dep.activeLink = t;
}
function Be(e) {
	let t, n = e.depsTail, r = n;
	for (; r;) {
		let e = r.prevDep;
		r.version === -1 ? (r === n && (n = e), Ue(r), We(r)) : t = r, r.dep.activeLink = r.prevActiveLink, r.prevActiveLink = void 0, r = e;
	}
	e.deps = t, e.depsTail = n;
}
function Ve(e) {
	for (let t = e.deps; t; t = t.nextDep) if (t.dep.version !== t.version || t.dep.computed && (He(t.dep.computed) || t.dep.version !== t.version)) return !0;
	return !!e._dirty;
}
function He(e) {
	if (e.flags & 4 && !(e.flags & 16) || (e.flags &= -17, e.globalVersion === Xe) || (e.globalVersion = Xe, !e.isSSR && e.flags & 128 && (!e.deps && !e._dirty || !Ve(e)))) return;
	e.flags |= 2;
	let t = e.dep, n = k, r = Ge;
	k = e, Ge = !0;
	try {
		ze(e);
		let n = e.fn(e._value);
		(t.version === 0 || ce(n, e._value)) && (e.flags |= 128, e._value = n, t.version++);
	} catch (e) {
		throw t.version++, e;
	} finally {
		k = n, Ge = r, Be(e), e.flags &= -3;
	}
}
function Ue(e, t = !1) {
	let { dep: n, prevSub: r, nextSub: i } = e;
	if (r && (r.nextSub = i, e.prevSub = void 0), i && (i.prevSub = r, e.nextSub = void 0), n.subs === e && (n.subs = r, !r && n.computed)) {
		n.computed.flags &= -5;
		for (let e = n.computed.deps; e; e = e.nextDep) Ue(e, !0);
	}
	!t && !--n.sc && n.map && n.map.delete(n.key);
}
function We(e) {
	let { prevDep: t, nextDep: n } = e;
	t && (t.nextDep = n, e.prevDep = void 0), n && (n.prevDep = t, e.nextDep = void 0);
}
var Ge = !0, Ke = [];
function qe() {
	Ke.push(Ge), Ge = !1;
}
function Je() {
	let e = Ke.pop();
	Ge = e === void 0 || e;
}
function Ye(e) {
	let { cleanup: t } = e;
	if (e.cleanup = void 0, t) {
		let e = k;
		k = void 0;
		try {
			t();
		} finally {
			k = e;
		}
	}
}
var Xe = 0, Ze = class {
	constructor(e, t) {
		this.sub = e, this.dep = t, this.version = t.version, this.nextDep = this.prevDep = this.nextSub = this.prevSub = this.prevActiveLink = void 0;
	}
}, Qe = class {
	constructor(e) {
		this.computed = e, this.version = 0, this.activeLink = void 0, this.subs = void 0, this.map = void 0, this.key = void 0, this.sc = 0, this.__v_skip = !0;
	}
	track(e) {
		if (!k || !Ge || k === this.computed) return;
		let t = this.activeLink;
		if (t === void 0 || t.sub !== k) t = this.activeLink = new Ze(k, this), k.deps ? (t.prevDep = k.depsTail, k.depsTail.nextDep = t, k.depsTail = t) : k.deps = k.depsTail = t, $e(t);
		else if (t.version === -1 && (t.version = this.version, t.nextDep)) {
			let e = t.nextDep;
			e.prevDep = t.prevDep, t.prevDep && (t.prevDep.nextDep = e), t.prevDep = k.depsTail, t.nextDep = void 0, k.depsTail.nextDep = t, k.depsTail = t, k.deps === t && (k.deps = e);
		}
		return t;
	}
	trigger(e) {
		this.version++, Xe++, this.notify(e);
	}
	notify(e) {
		Le();
		try {
			for (let e = this.subs; e; e = e.prevSub) e.sub.notify() && e.sub.dep.notify();
		} finally {
			Re();
		}
	}
};
function $e(e) {
	if (e.dep.sc++, e.sub.flags & 4) {
		let t = e.dep.computed;
		if (t && !e.dep.subs) {
			t.flags |= 20;
			for (let e = t.deps; e; e = e.nextDep) $e(e);
		}
		let n = e.dep.subs;
		n !== e && (e.prevSub = n, n && (n.nextSub = e)), e.dep.subs = e;
	}
}
var et = /* @__PURE__ */ new WeakMap(), tt = /* @__PURE__ */ Symbol(""), nt = /* @__PURE__ */ Symbol(""), rt = /* @__PURE__ */ Symbol("");
function it(e, t, n) {
	if (Ge && k) {
		let t = et.get(e);
		t || et.set(e, t = /* @__PURE__ */ new Map());
		let r = t.get(n);
		r || (t.set(n, r = new Qe()), r.map = t, r.key = n), r.track();
	}
}
function at(e, t, n, r, i, a) {
	let o = et.get(e);
	if (!o) {
		Xe++;
		return;
	}
	let s = (e) => {
		e && e.trigger();
	};
	if (Le(), t === "clear") o.forEach(s);
	else {
		let i = d(e), a = i && ee(n);
		if (i && n === "length") {
			let e = Number(r);
			o.forEach((t, n) => {
				(n === "length" || n === rt || !_(n) && n >= e) && s(t);
			});
		} else switch ((n !== void 0 || o.has(void 0)) && s(o.get(n)), a && s(o.get(rt)), t) {
			case "add":
				i ? a && s(o.get("length")) : (s(o.get(tt)), f(e) && s(o.get(nt)));
				break;
			case "delete":
				i || (s(o.get(tt)), f(e) && s(o.get(nt)));
				break;
			case "set": f(e) && s(o.get(tt));
		}
	}
	Re();
}
function ot(e) {
	let t = /* @__PURE__ */ A(e);
	return t === e || (it(t, "iterate", rt), /* @__PURE__ */ Kt(e)) ? t : /* @__PURE__ */ Gt(e) ? /* @__PURE__ */ Wt(e) ? t.map((e) => Xt(Yt(e))) : t.map(Xt) : t.map(Yt);
}
function st(e) {
	return it(e = /* @__PURE__ */ A(e), "iterate", rt), e;
}
function ct(e, t) {
	return /* @__PURE__ */ Gt(e) ? Xt(/* @__PURE__ */ Wt(e) ? Yt(t) : t) : Yt(t);
}
var lt = {
	__proto__: null,
	[Symbol.iterator]() {
		return ut(this, Symbol.iterator, (e) => ct(this, e));
	},
	concat(...e) {
		return ot(this).concat(...e.map((e) => d(e) ? ot(e) : e));
	},
	entries() {
		return ut(this, "entries", (e) => (e[1] = ct(this, e[1]), e));
	},
	every(e, t) {
		return pt(this, "every", e, t, void 0, arguments);
	},
	filter(e, t) {
		return pt(this, "filter", e, t, (e) => e.map((e) => ct(this, e)), arguments);
	},
	find(e, t) {
		return pt(this, "find", e, t, (e) => ct(this, e), arguments);
	},
	findIndex(e, t) {
		return pt(this, "findIndex", e, t, void 0, arguments);
	},
	findLast(e, t) {
		return pt(this, "findLast", e, t, (e) => ct(this, e), arguments);
	},
	findLastIndex(e, t) {
		return pt(this, "findLastIndex", e, t, void 0, arguments);
	},
	forEach(e, t) {
		return pt(this, "forEach", e, t, void 0, arguments);
	},
	includes(...e) {
		return ht(this, "includes", e);
	},
	indexOf(...e) {
		return ht(this, "indexOf", e);
	},
	join(e) {
		return ot(this).join(e);
	},
	lastIndexOf(...e) {
		return ht(this, "lastIndexOf", e);
	},
	map(e, t) {
		return pt(this, "map", e, t, void 0, arguments);
	},
	pop() {
		return gt(this, "pop");
	},
	push(...e) {
		return gt(this, "push", e);
	},
	reduce(e, ...t) {
		return mt(this, "reduce", e, t);
	},
	reduceRight(e, ...t) {
		return mt(this, "reduceRight", e, t);
	},
	shift() {
		return gt(this, "shift");
	},
	some(e, t) {
		return pt(this, "some", e, t, void 0, arguments);
	},
	splice(...e) {
		return gt(this, "splice", e);
	},
	toReversed() {
		return ot(this).toReversed();
	},
	toSorted(e) {
		return ot(this).toSorted(e);
	},
	toSpliced(...e) {
		return ot(this).toSpliced(...e);
	},
	unshift(...e) {
		return gt(this, "unshift", e);
	},
	values() {
		return ut(this, "values", (e) => ct(this, e));
	}
};
function ut(e, t, n) {
	let r = st(e), i = r[t], a = i.call(r);
	if (r !== e && !/* @__PURE__ */ Kt(e)) {
		if (a[Symbol.toStringTag] === "Array Iterator") {
			let e = Object.create(Object.getPrototypeOf(a));
			return e.next = () => dt(a.next(), n), i !== ft[t] && Object.defineProperties(e, {
				return: { get() {
					let e = a.return;
					return typeof e == "function" ? e.bind(a) : e;
				} },
				throw: { get() {
					let e = a.throw;
					return typeof e == "function" ? e.bind(a) : e;
				} }
			}), e;
		}
		a._next = a.next, a.next = () => dt(a._next(), n);
	}
	return a;
}
function dt(e, t) {
	return e.done || (e.value = t(e.value)), e;
}
var ft = Array.prototype;
function pt(e, t, n, r, i, a) {
	let o = st(e), s = o !== e && !/* @__PURE__ */ Kt(e), c = o[t];
	if (c !== ft[t]) {
		let t = c.apply(e, a);
		return s ? Yt(t) : t;
	}
	let l = n;
	o !== e && (s ? l = function(t, r) {
		return n.call(this, ct(e, t), r, e);
	} : n.length > 2 && (l = function(t, r) {
		return n.call(this, t, r, e);
	}));
	let u = c.call(o, l, r);
	return s && i ? i(u) : u;
}
function mt(e, t, n, r) {
	let i = st(e), a = i !== e && !/* @__PURE__ */ Kt(e), o = n, s = !1;
	i !== e && (a ? (s = r.length === 0, o = function(t, r, i) {
		return s && (s = !1, t = ct(e, t)), n.call(this, t, ct(e, r), i, e);
	}) : n.length > 3 && (o = function(t, r, i) {
		return n.call(this, t, r, i, e);
	}));
	let c = i[t](o, ...r);
	return s ? ct(e, c) : c;
}
function ht(e, t, n) {
	let r = /* @__PURE__ */ A(e);
	it(r, "iterate", rt);
	let i = r[t](...n);
	return (i === -1 || i === !1) && /* @__PURE__ */ qt(n[0]) ? (n[0] = /* @__PURE__ */ A(n[0]), r[t](...n)) : i;
}
function gt(e, t, n = []) {
	qe(), Le();
	let r = (/* @__PURE__ */ A(e))[t].apply(e, n);
	return Re(), Je(), r;
}
var _t = /* @__PURE__ */ e("__proto__,__v_isRef,__isVue"), vt = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((e) => e !== "arguments" && e !== "caller").map((e) => Symbol[e]).filter(_));
function yt(e) {
	_(e) || (e = String(e));
	let t = /* @__PURE__ */ A(this);
	return it(t, "has", e), t.hasOwnProperty(e);
}
var bt = class {
	constructor(e = !1, t = !1) {
		this._isReadonly = e, this._isShallow = t;
	}
	get(e, t, n) {
		if (t === "__v_skip") return e.__v_skip;
		let r = this._isReadonly, i = this._isShallow;
		if (t === "__v_isReactive") return !r;
		if (t === "__v_isReadonly") return r;
		if (t === "__v_isShallow") return i;
		if (t === "__v_raw") return n === (r ? i ? Rt : Lt : i ? It : Ft).get(e) || Object.getPrototypeOf(e) === Object.getPrototypeOf(n) ? e : void 0;
		let a = d(e);
		if (!r) {
			let e;
			if (a && (e = lt[t])) return e;
			if (t === "hasOwnProperty") return yt;
		}
		let o = Reflect.get(e, t, /* @__PURE__ */ j(e) ? e : n);
		if ((_(t) ? vt.has(t) : _t(t)) || (r || it(e, "get", t), i)) return o;
		if (/* @__PURE__ */ j(o)) {
			let e = a && ee(t) ? o : o.value;
			return r && v(e) ? /* @__PURE__ */ Ht(e) : e;
		}
		return v(o) ? r ? /* @__PURE__ */ Ht(o) : /* @__PURE__ */ Bt(o) : o;
	}
}, xt = class extends bt {
	constructor(e = !1) {
		super(!1, e);
	}
	set(e, t, n, r) {
		let i = e[t], a = d(e) && ee(t);
		if (!this._isShallow) {
			let e = /* @__PURE__ */ Gt(i);
			if (!/* @__PURE__ */ Kt(n) && !/* @__PURE__ */ Gt(n) && (i = /* @__PURE__ */ A(i), n = /* @__PURE__ */ A(n)), !a && /* @__PURE__ */ j(i) && !/* @__PURE__ */ j(n)) return e || (i.value = n), !0;
		}
		let o = a ? Number(t) < e.length : u(e, t), s = Reflect.set(e, t, n, /* @__PURE__ */ j(e) ? e : r);
		return e === /* @__PURE__ */ A(r) && s && (o ? ce(n, i) && at(e, "set", t, n, i) : at(e, "add", t, n)), s;
	}
	deleteProperty(e, t) {
		let n = u(e, t), r = e[t], i = Reflect.deleteProperty(e, t);
		return i && n && at(e, "delete", t, void 0, r), i;
	}
	has(e, t) {
		let n = Reflect.has(e, t);
		return _(t) && vt.has(t) || it(e, "has", t), n;
	}
	ownKeys(e) {
		return it(e, "iterate", d(e) ? "length" : tt), Reflect.ownKeys(e);
	}
}, St = class extends bt {
	constructor(e = !1) {
		super(!0, e);
	}
	set(e, t) {
		return !0;
	}
	deleteProperty(e, t) {
		return !0;
	}
}, Ct = /* @__PURE__ */ new xt(), wt = /* @__PURE__ */ new St(), Tt = /* @__PURE__ */ new xt(!0), Et = (e) => e, Dt = (e) => Reflect.getPrototypeOf(e);
function Ot(e, t, n) {
	return function(...r) {
		let i = this.__v_raw, a = /* @__PURE__ */ A(i), o = f(a), c = e === "entries" || e === Symbol.iterator && o, l = e === "keys" && o, u = i[e](...r), d = n ? Et : t ? Xt : Yt;
		return !t && it(a, "iterate", l ? nt : tt), s(Object.create(u), { next() {
			let { value: e, done: t } = u.next();
			return t ? {
				value: e,
				done: t
			} : {
				value: c ? [d(e[0]), d(e[1])] : d(e),
				done: t
			};
		} });
	};
}
function kt(e) {
	return function(...t) {
		return e === "delete" ? !1 : e === "clear" ? void 0 : this;
	};
}
function At(e, t) {
	let n = {
		get(n) {
			let r = this.__v_raw, i = /* @__PURE__ */ A(r), a = /* @__PURE__ */ A(n);
			e || (ce(n, a) && it(i, "get", n), it(i, "get", a));
			let { has: o } = Dt(i), s = t ? Et : e ? Xt : Yt;
			if (o.call(i, n)) return s(r.get(n));
			if (o.call(i, a)) return s(r.get(a));
			r !== i && r.get(n);
		},
		get size() {
			let t = this.__v_raw;
			return !e && it(/* @__PURE__ */ A(t), "iterate", tt), t.size;
		},
		has(t) {
			let n = this.__v_raw, r = /* @__PURE__ */ A(n), i = /* @__PURE__ */ A(t);
			return e || (ce(t, i) && it(r, "has", t), it(r, "has", i)), t === i ? n.has(t) : n.has(t) || n.has(i);
		},
		forEach(n, r) {
			let i = this, a = i.__v_raw, o = /* @__PURE__ */ A(a), s = t ? Et : e ? Xt : Yt;
			return !e && it(o, "iterate", tt), a.forEach((e, t) => n.call(r, s(e), s(t), i));
		}
	};
	return s(n, e ? {
		add: kt("add"),
		set: kt("set"),
		delete: kt("delete"),
		clear: kt("clear")
	} : {
		add(e) {
			let n = /* @__PURE__ */ A(this), r = Dt(n), i = /* @__PURE__ */ A(e), a = !t && !/* @__PURE__ */ Kt(e) && !/* @__PURE__ */ Gt(e) ? i : e;
			return r.has.call(n, a) || ce(e, a) && r.has.call(n, e) || ce(i, a) && r.has.call(n, i) || (n.add(a), at(n, "add", a, a)), this;
		},
		set(e, n) {
			t || /* @__PURE__ */ Kt(n) || /* @__PURE__ */ Gt(n) || (n = /* @__PURE__ */ A(n));
			let r = /* @__PURE__ */ A(this), { has: i, get: a } = Dt(r), o = i.call(r, e);
			o ||= (e = /* @__PURE__ */ A(e), i.call(r, e));
			let s = a.call(r, e);
			return r.set(e, n), o ? ce(n, s) && at(r, "set", e, n, s) : at(r, "add", e, n), this;
		},
		delete(e) {
			let t = /* @__PURE__ */ A(this), { has: n, get: r } = Dt(t), i = n.call(t, e);
			i ||= (e = /* @__PURE__ */ A(e), n.call(t, e));
			let a = r ? r.call(t, e) : void 0, o = t.delete(e);
			return i && at(t, "delete", e, void 0, a), o;
		},
		clear() {
			let e = /* @__PURE__ */ A(this), t = e.size !== 0, n = e.clear();
			return t && at(e, "clear", void 0, void 0, void 0), n;
		}
	}), [
		"keys",
		"values",
		"entries",
		Symbol.iterator
	].forEach((r) => {
		n[r] = Ot(r, e, t);
	}), n;
}
function jt(e, t) {
	let n = At(e, t);
	return (r, i, a) => i === "__v_isReactive" ? !e : i === "__v_isReadonly" ? e : i === "__v_isShallow" ? t : i === "__v_raw" ? r : Reflect.get(u(n, i) && i in r ? n : r, i, a);
}
var Mt = { get: /* @__PURE__ */ jt(!1, !1) }, Nt = { get: /* @__PURE__ */ jt(!1, !0) }, Pt = { get: /* @__PURE__ */ jt(!0, !1) }, Ft = /* @__PURE__ */ new WeakMap(), It = /* @__PURE__ */ new WeakMap(), Lt = /* @__PURE__ */ new WeakMap(), Rt = /* @__PURE__ */ new WeakMap();
function zt(e) {
	switch (e) {
		case "Object":
		case "Array": return 1;
		case "Map":
		case "Set":
		case "WeakMap":
		case "WeakSet": return 2;
		default: return 0;
	}
}
// @__NO_SIDE_EFFECTS__
function Bt(e) {
	return /* @__PURE__ */ Gt(e) ? e : Ut(e, !1, Ct, Mt, Ft);
}
// @__NO_SIDE_EFFECTS__
function Vt(e) {
	return Ut(e, !1, Tt, Nt, It);
}
// @__NO_SIDE_EFFECTS__
function Ht(e) {
	return Ut(e, !0, wt, Pt, Lt);
}
function Ut(e, t, n, r, i) {
	if (!v(e) || e.__v_raw && !(t && e.__v_isReactive) || e.__v_skip || !Object.isExtensible(e)) return e;
	let a = i.get(e);
	if (a) return a;
	let o = zt(S(e));
	if (o === 0) return e;
	let s = new Proxy(e, o === 2 ? r : n);
	return i.set(e, s), s;
}
// @__NO_SIDE_EFFECTS__
function Wt(e) {
	return /* @__PURE__ */ Gt(e) ? /* @__PURE__ */ Wt(e.__v_raw) : !!(e && e.__v_isReactive);
}
// @__NO_SIDE_EFFECTS__
function Gt(e) {
	return !!(e && e.__v_isReadonly);
}
// @__NO_SIDE_EFFECTS__
function Kt(e) {
	return !!(e && e.__v_isShallow);
}
// @__NO_SIDE_EFFECTS__
function qt(e) {
	return e ? !!e.__v_raw : !1;
}
// @__NO_SIDE_EFFECTS__
function A(e) {
	let t = e && e.__v_raw;
	return t ? /* @__PURE__ */ A(t) : e;
}
function Jt(e) {
	return !u(e, "__v_skip") && Object.isExtensible(e) && ue(e, "__v_skip", !0), e;
}
var Yt = (e) => v(e) ? /* @__PURE__ */ Bt(e) : e, Xt = (e) => v(e) ? /* @__PURE__ */ Ht(e) : e;
// @__NO_SIDE_EFFECTS__
function j(e) {
	return e ? e.__v_isRef === !0 : !1;
}
// @__NO_SIDE_EFFECTS__
function M(e) {
	return Qt(e, !1);
}
// @__NO_SIDE_EFFECTS__
function Zt(e) {
	return Qt(e, !0);
}
function Qt(e, t) {
	return /* @__PURE__ */ j(e) ? e : new $t(e, t);
}
var $t = class {
	constructor(e, t) {
		this.dep = new Qe(), this.__v_isRef = !0, this.__v_isShallow = !1, this._rawValue = t ? e : /* @__PURE__ */ A(e), this._value = t ? e : Yt(e), this.__v_isShallow = t;
	}
	get value() {
		return this.dep.track(), this._value;
	}
	set value(e) {
		let t = this._rawValue, n = this.__v_isShallow || /* @__PURE__ */ Kt(e) || /* @__PURE__ */ Gt(e);
		e = n ? e : /* @__PURE__ */ A(e), ce(e, t) && (this._rawValue = e, this._value = n ? e : Yt(e), this.dep.trigger());
	}
};
function N(e) {
	return /* @__PURE__ */ j(e) ? e.value : e;
}
var en = {
	get: (e, t, n) => t === "__v_raw" ? e : N(Reflect.get(e, t, n)),
	set: (e, t, n, r) => {
		let i = e[t];
		return /* @__PURE__ */ j(i) && !/* @__PURE__ */ j(n) ? (i.value = n, !0) : Reflect.set(e, t, n, r);
	}
};
function tn(e) {
	return /* @__PURE__ */ Wt(e) ? e : new Proxy(e, en);
}
var nn = class {
	constructor(e, t, n) {
		this.fn = e, this.setter = t, this._value = void 0, this.dep = new Qe(this), this.__v_isRef = !0, this.deps = void 0, this.depsTail = void 0, this.flags = 16, this.globalVersion = Xe - 1, this.next = void 0, this.effect = this, this.__v_isReadonly = !t, this.isSSR = n;
	}
	notify() {
		if (this.flags |= 16, !(this.flags & 8) && k !== this) return Ie(this, !0), !0;
	}
	get value() {
		let e = this.dep.track();
		return He(this), e && (e.version = this.dep.version), this._value;
	}
	set value(e) {
		this.setter && this.setter(e);
	}
};
// @__NO_SIDE_EFFECTS__
function rn(e, t, n = !1) {
	let r, i;
	return h(e) ? r = e : (r = e.get, i = e.set), new nn(r, i, n);
}
var an = {}, on = /* @__PURE__ */ new WeakMap(), sn = void 0;
function cn(e, t = !1, n = sn) {
	if (n) {
		let t = on.get(n);
		t || on.set(n, t = []), t.push(e);
	}
}
function ln(e, n, i = t) {
	let { immediate: a, deep: o, once: s, scheduler: l, augmentJob: u, call: f } = i, p = (e) => o ? e : /* @__PURE__ */ Kt(e) || o === !1 || o === 0 ? un(e, 1) : un(e), m, g, _, v, y = !1, b = !1;
	if (/* @__PURE__ */ j(e) ? (g = () => e.value, y = /* @__PURE__ */ Kt(e)) : /* @__PURE__ */ Wt(e) ? (g = () => p(e), y = !0) : d(e) ? (b = !0, y = e.some((e) => /* @__PURE__ */ Wt(e) || /* @__PURE__ */ Kt(e)), g = () => e.map((e) => {
		if (/* @__PURE__ */ j(e)) return e.value;
		if (/* @__PURE__ */ Wt(e)) return p(e);
		if (h(e)) return f ? f(e, 2) : e();
	})) : g = h(e) ? n ? f ? () => f(e, 2) : e : () => {
		if (_) {
			qe();
			try {
				_();
			} finally {
				Je();
			}
		}
		let t = sn;
		sn = m;
		try {
			return f ? f(e, 3, [v]) : e(v);
		} finally {
			sn = t;
		}
	} : r, n && o) {
		let e = g, t = o === !0 ? Infinity : o;
		g = () => un(e(), t);
	}
	let x = Ae(), S = () => {
		m.stop(), x && x.active && c(x.effects, m);
	};
	if (s && n) {
		let e = n;
		n = (...t) => {
			try {
				return e(...t);
			} finally {
				S();
			}
		};
	}
	let C = b ? Array(e.length).fill(an) : an, ee = (e) => {
		if (m.flags & 1 && (m.dirty || e)) {
			if (n) {
				let t = m.run();
				if (e || o || y || (b ? t.some((e, t) => ce(e, C[t])) : ce(t, C))) {
					let e = sn;
					qe();
					try {
						_ && _(), sn = m;
						let e = [
							t,
							C === an ? void 0 : b && C[0] === an ? [] : C,
							v
						];
						C = t, f ? f(n, 3, e) : n(...e);
					} finally {
						sn = e, Je();
					}
				}
			} else m.run();
		}
	};
	return u && u(ee), m = new Me(g), m.scheduler = l ? () => l(ee, !1) : ee, v = (e) => cn(e, !1, m), _ = m.onStop = () => {
		let e = on.get(m);
		if (e) {
			if (f) f(e, 4);
			else for (let t of e) t();
			on.delete(m);
		}
	}, n ? a ? ee(!0) : C = m.run() : l ? l(ee.bind(null, !0), !0) : m.run(), S.pause = m.pause.bind(m), S.resume = m.resume.bind(m), S.stop = S, S;
}
function un(e, t = Infinity, n) {
	if (t <= 0 || !v(e) || e.__v_skip || (n ||= /* @__PURE__ */ new Map(), (n.get(e) || 0) >= t)) return e;
	if (n.set(e, t), t--, /* @__PURE__ */ j(e)) un(e.value, t, n);
	else if (d(e)) for (let r = 0; r < e.length; r++) un(e[r], t, n);
	else if (p(e) || f(e)) e.forEach((e) => {
		un(e, t, n);
	});
	else if (C(e)) {
		for (let r in e) un(e[r], t, n);
		for (let r of Object.getOwnPropertySymbols(e)) Object.prototype.propertyIsEnumerable.call(e, r) && un(e[r], t, n);
	}
	return e;
}
// node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js
function dn(e, t, n, r) {
	try {
		return r ? e(...r) : e();
	} catch (e) {
		pn(e, t, n);
	}
}
function fn(e, t, n, r) {
	if (h(e)) {
		let i = dn(e, t, n, r);
		return i && y(i) && i.catch((e) => {
			pn(e, t, n, void 0, !0);
		}), i;
	}
	if (d(e)) {
		let i = [];
		for (let a = 0; a < e.length; a++) i.push(fn(e[a], t, n, r));
		return i;
	}
}
function pn(e, n, r, i = !0, a = !1) {
	let o = n ? n.vnode : null, { errorHandler: s, throwUnhandledErrorInProduction: c } = n && n.appContext.config || t;
	if (n) {
		let t = n.parent, i = n.proxy, o = `https://vuejs.org/error-reference/#runtime-${r}`;
		for (; t;) {
			let n = t.ec;
			if (n && !t.isUnmounted && (!a || t.scope.active)) {
				for (let t = 0; t < n.length; t++) if (n[t](e, i, o) === !1) return;
			}
			t = t.parent;
		}
		if (s) {
			qe(), dn(s, null, 10, [
				e,
				i,
				o
			]), Je();
			return;
		}
	}
	mn(e, r, o, i, c);
}
function mn(e, t, n, r = !0, i = !1) {
	if (i) throw e;
	console.error(e);
}
var hn = [], gn = -1, _n = [], vn = null, yn = 0, bn = /* @__PURE__ */ Promise.resolve(), xn = null;
function Sn(e) {
	let t = xn || bn;
	return e ? t.then(this ? e.bind(this) : e) : t;
}
function Cn(e) {
	let t = gn + 1, n = hn.length;
	for (; t < n;) {
		let r = t + n >>> 1, i = hn[r], a = jn(i);
		a < e || a === e && i.flags & 2 ? t = r + 1 : n = r;
	}
	return t;
}
function wn(e) {
	if (!(e.flags & 1)) {
		let t = jn(e), n = hn[hn.length - 1];
		!n || !(e.flags & 2) && t >= jn(n) ? hn.push(e) : hn.splice(Cn(t), 0, e), e.flags |= 1, Tn();
	}
}
function Tn() {
	xn ||= bn.then(Mn);
}
function En(e) {
	if (!d(e)) vn && e.id === -1 ? vn.splice(yn + 1, 0, e) : e.flags & 1 || (_n.push(e), e.flags |= 1);
	else for (let t = 0; t < e.length; t++) _n.push(e[t]);
	Tn();
}
function Dn(e, t, n, r = gn + 1) {
	for (; r < hn.length; r++) {
		let n = hn[r];
		if (n && n.flags & 2) {
			if (e && n.id !== e.uid || t !== void 0 && !(n.id >= t)) continue;
			hn.splice(r, 1), r = e ? r - 1 : gn, n.flags & 4 && (n.flags &= -2), n(), n.flags & 4 || (n.flags &= -2);
		}
	}
}
function On(e, t, n = 0) {
	if (_n.length) {
		let e = _n, r = 0;
		if (t) {
			e = [];
			for (let i = 0; i < _n.length; i++) {
				let a = _n[i];
				(a.i === void 0 ? t.has(a) : !a.i || a.i.uid < n) ? _n[r++] = a : e.push(a);
			}
		}
		let i = [...new Set(e)].sort((e, t) => jn(e) - jn(t));
		if (_n.length = r, vn) {
			for (let e = 0; e < i.length; e++) vn.push(i[e]);
			return;
		}
		for (vn = i, yn = 0; yn < vn.length; yn++) {
			let e = vn[yn];
			e.flags & 4 && (e.flags &= -2), e.flags & 8 || e(), e.flags &= -2;
		}
		vn = null, yn = 0;
	}
}
var kn = !1;
function An(e, t) {
	if (kn) {
		e();
		return;
	}
	let n = t === void 0 ? void 0 : new Set(_n);
	e(), kn = !0;
	try {
		Dn(void 0, t), On(void 0, n, t);
	} finally {
		kn = !1;
	}
}
var jn = (e) => e.id == null ? e.flags & 2 ? -1 : Infinity : e.id;
function Mn(e) {
	try {
		for (gn = 0; gn < hn.length; gn++) {
			let e = hn[gn];
			e && !(e.flags & 8) && (e.flags & 4 && (e.flags &= -2), dn(e, e.i, e.i ? 15 : 14), e.flags & 4 || (e.flags &= -2));
		}
	} finally {
		for (; gn < hn.length; gn++) {
			let e = hn[gn];
			e && (e.flags &= -2);
		}
		gn = -1, hn.length = 0, On(e), xn = null, (hn.length || _n.length) && Mn(e);
	}
}
var Nn = null, Pn = null;
function Fn(e) {
	let t = Nn;
	return Nn = e, Pn = e && e.type.__scopeId || null, t;
}
function In(e, t = Nn, n) {
	if (!t || e._n) return e;
	let r = (...n) => {
		r._d && _i(-1);
		let i = Fn(t), a = pi.length, o;
		try {
			o = e(...n);
		} finally {
			for (let e = pi.length; e > a; e--) hi();
			Fn(i), r._d && _i(1);
		}
		return o;
	};
	return r._n = !0, r._c = !0, r._d = !0, r;
}
function Ln(e, n) {
	if (Nn === null) return e;
	let r = Qi(Nn), i = e.dirs ||= [];
	for (let e = 0; e < n.length; e++) {
		let [a, o, s, c = t] = n[e];
		a && (h(a) && (a = {
			mounted: a,
			updated: a
		}), a.deep && un(o), i.push({
			dir: a,
			instance: r,
			value: o,
			oldValue: void 0,
			arg: s,
			modifiers: c
		}));
	}
	return e;
}
function Rn(e, t, n, r) {
	let i = e;
	if (r === "beforeMount") e._mount = e;
	else if (r === "beforeUpdate") {
		let n = t && t._mount;
		n && (n._latest = e, e._mount = n);
	} else if (r === "mounted") {
		let t = e._latest;
		e._mount = e._latest = void 0, t && (i = t, t._mount = void 0);
	}
	let a = i.dirs, o = t && t.dirs;
	for (let c = 0; c < a.length; c++) {
		let l = a[c];
		o ? l.oldValue = o[c].value : r === "mounted" && l.oldValue !== void 0 && (l = s({}, l, { oldValue: void 0 }));
		let u = l.dir[r];
		u && (qe(), fn(u, n, 8, [
			e.el,
			l,
			i,
			t
		]), Je());
	}
}
function zn(e, t, n = !1) {
	let r = Ri();
	if (r || br) {
		let i = br ? br._context.provides : r ? r.parent == null || r.ce ? r.vnode.appContext && r.vnode.appContext.provides : r.parent.provides : void 0;
		if (i && e in i) return i[e];
		if (arguments.length > 1) return n && h(t) ? t.call(r && r.proxy) : t;
	}
}
var Bn = /* @__PURE__ */ Symbol.for("v-scx"), Vn = () => zn(Bn);
function P(e, t, n) {
	return Hn(e, t, n);
}
function Hn(e, n, i = t) {
	let { immediate: a, deep: o, flush: c, once: l } = i, u = s({}, i), d = n && a || !n && c !== "post", f;
	if (Wi) {
		if (c === "sync") {
			let e = Vn();
			f = e.__watcherHandles ||= [];
		} else if (!d) {
			let e = () => {};
			return e.stop = r, e.resume = r, e.pause = r, e;
		}
	}
	let p = Li;
	u.call = (e, t, n) => fn(e, p, t, n);
	let m = !1;
	c === "post" ? u.scheduler = (e) => {
		e.i = p, Xr(e, p && p.suspense);
	} : c !== "sync" && (m = !0, u.scheduler = (e, t) => {
		t ? e() : wn(e);
	}), u.augmentJob = (e) => {
		n && (e.flags |= 4), m && (e.flags |= 2, p && (e.id = p.uid, e.i = p));
	};
	let h = ln(e, n, u);
	return Wi && (f ? f.push(h) : d && h()), h;
}
var Un = /* @__PURE__ */ Symbol("_vte"), Wn = (e) => e.__isTeleport, Gn = /* @__PURE__ */ Symbol("_leaveCb");
function Kn(e) {
	let t = e[0];
	if (e.length > 1) {
		for (let n of e) if (n.type !== di) {
			t = n;
			break;
		}
	}
	return t;
}
function qn(e) {
	if (!rr(e)) return Wn(e.type) && e.children ? Kn(e.children) : e;
	if (e.component) return e.component.subTree;
	let { shapeFlag: t, children: n } = e;
	if (n) {
		if (t & 16) return n[0];
		if (t & 32 && h(n.default)) return n.default();
	}
}
function Jn(e, t) {
	if (e.shapeFlag & 6 && e.component) {
		e.transition = t;
		let n = e.component.subTree;
		Jn(Wn(n.type) && qn(n) || n, t);
	} else if (e.shapeFlag & 128) {
		let n = e.suspense;
		if (n) {
			let e = n.isHydrating ? n.pendingBranch : n.activeBranch;
			e && Jn(e, t.clone(e));
		} else e.ssContent.transition = t.clone(e.ssContent), e.ssFallback.transition = t.clone(e.ssFallback);
	} else if (e.transition = t, e.type === I && d(e.children)) {
		let n = Er(e.children, !1);
		n && Jn(n, t);
	}
}
function Yn(e) {
	if (e.component) return Yn(e.component.subTree);
	if (e.type === I) {
		let t = d(e.children) && Er(e.children, !1);
		return t ? Yn(t) : void 0;
	}
	if (e.type !== di) return e;
}
// @__NO_SIDE_EFFECTS__
function Xn(e, t) {
	return h(e) ? /* @__PURE__ */ s({ name: e.name }, t, { setup: e }) : e;
}
function Zn(e) {
	e.ids = [
		e.ids[0] + e.ids[2]++ + "-",
		0,
		0
	];
}
function Qn(e, t) {
	let n;
	return !!((n = Object.getOwnPropertyDescriptor(e, t)) && !n.configurable);
}
var $n = /* @__PURE__ */ new WeakMap();
function er(e, n, r, a, o = !1) {
	if (d(e)) {
		e.forEach((e, t) => er(e, n && (d(n) ? n[t] : n), r, a, o));
		return;
	}
	if (nr(a) && !o) {
		a.shapeFlag & 512 && a.type.__asyncResolved && a.component.subTree.component && er(e, n, r, a.component.subTree);
		return;
	}
	let s = a.shapeFlag & 4 ? Qi(a.component) : a.el, l = o ? null : s, { i: f, r: p } = e, m = n && n.r, _ = f.refs === t ? f.refs = {} : f.refs, v = f.setupState, y = /* @__PURE__ */ A(v), b = v === t ? i : (e) => !Qn(_, e) && u(y, e), x = (e, t) => !(t && Qn(_, t));
	if (m != null && m !== p) {
		if (tr(n), g(m)) _[m] = null, b(m) && (v[m] = null);
		else if (/* @__PURE__ */ j(m)) {
			let e = n;
			x(m, e.k) && (m.value = null), e.k && (_[e.k] = null);
		}
	}
	if (h(p)) dn(p, f, 12, [l, _]);
	else {
		let t = g(p), n = /* @__PURE__ */ j(p);
		if (t || n) {
			let i = () => {
				if (e.f) {
					let n = t ? b(p) ? v[p] : _[p] : x(p) || !e.k ? p.value : _[e.k];
					if (o) d(n) && c(n, s);
					else if (d(n)) n.includes(s) || n.push(s);
					else if (t) _[p] = [s], b(p) && (v[p] = _[p]);
					else {
						let t = [s];
						x(p, e.k) && (p.value = t), e.k && (_[e.k] = t);
					}
				} else t ? (_[p] = l, b(p) && (v[p] = l)) : n && (x(p, e.k) && (p.value = l), e.k && (_[e.k] = l));
			};
			if (l) {
				let t = () => {
					i(), $n.delete(e);
				};
				t.id = -1, $n.set(e, t), Xr(t, r);
			} else tr(e), i();
		}
	}
}
function tr(e) {
	let t = $n.get(e);
	t && (t.flags |= 8, $n.delete(e));
}
pe().requestIdleCallback, pe().cancelIdleCallback;
var nr = (e) => !!e.type.__asyncLoader, rr = (e) => e.type.__isKeepAlive;
function ir(e, t, n = Li, r = !1) {
	if (n) {
		let i = n[e] || (n[e] = []), a = t.__weh ||= (...r) => {
			qe();
			let i = Vi(n), a = fn(t, n, e, r);
			return i(), Je(), a;
		};
		return r ? i.unshift(a) : i.push(a), a;
	}
}
var ar = (e) => (t, n = Li) => {
	Wi && e !== "sp" || ir(e, (...e) => t(...e), n);
}, or = ar("m"), sr = ar("bum"), cr = "components", lr = /* @__PURE__ */ Symbol.for("v-ndc");
function ur(e) {
	return g(e) ? dr(cr, e, !1) || e : e || lr;
}
function dr(e, t, n = !0, r = !1) {
	let i = Nn || Li;
	if (i) {
		let n = i.type;
		if (e === cr) {
			let e = $i(n, !1);
			if (e && (e === t || e === w(t) || e === oe(w(t)))) return n;
		}
		let a = fr(i[e] || n[e], t) || fr(i.appContext[e], t);
		return !a && r ? n : a;
	}
}
function fr(e, t) {
	return e && (e[t] || e[w(t)] || e[oe(w(t))]);
}
function F(e, t, n, r) {
	let i, a = n && n[r], o = d(e);
	if (o || g(e)) {
		let n = o && /* @__PURE__ */ Wt(e), r = !1, s = !1;
		n && (r = !/* @__PURE__ */ Kt(e), s = /* @__PURE__ */ Gt(e), e = st(e)), i = Array(e.length);
		for (let n = 0, o = e.length; n < o; n++) i[n] = t(r ? s ? Xt(Yt(e[n])) : Yt(e[n]) : e[n], n, void 0, a && a[n]);
	} else if (typeof e == "number") {
		if (!Number.isInteger(e) || e < 0) i = [];
		else {
			i = Array(e);
			for (let n = 0; n < e; n++) i[n] = t(n + 1, n, void 0, a && a[n]);
		}
	} else if (v(e)) {
		if (e[Symbol.iterator]) i = Array.from(e, (e, n) => t(e, n, void 0, a && a[n]));
		else {
			let n = Object.keys(e);
			i = Array(n.length);
			for (let r = 0, o = n.length; r < o; r++) {
				let o = n[r];
				i[r] = t(e[o], o, r, a && a[r]);
			}
		}
	} else i = [];
	return n && (n[r] = i), i;
}
var pr = (e) => e ? Ui(e) ? Qi(e) : pr(e.parent) : null, mr = /* @__PURE__ */ s(/* @__PURE__ */ Object.create(null), {
	$: (e) => e,
	$el: (e) => e.vnode.el,
	$data: (e) => e.data,
	$props: (e) => e.props,
	$attrs: (e) => e.attrs,
	$slots: (e) => e.slots,
	$refs: (e) => e.refs,
	$parent: (e) => pr(e.parent),
	$root: (e) => pr(e.root),
	$host: (e) => e.ce,
	$emit: (e) => e.emit,
	$options: (e) => e.type,
	$forceUpdate: (e) => e.f ||= () => {
		wn(e.update);
	},
	$nextTick: (e) => e.n ||= Sn.bind(e.proxy),
	$watch: (e) => r
}), hr = (e, n) => e !== t && !e.__isScriptSetup && u(e, n), gr = {
	get({ _: e }, n) {
		if (n === "__v_skip") return !0;
		let { ctx: r, setupState: i, data: a, props: o, accessCache: s, type: c, appContext: l } = e;
		if (n[0] !== "$") {
			let e = s[n];
			if (e !== void 0) switch (e) {
				case 1: return i[n];
				case 2: return a[n];
				case 4: return r[n];
				case 3: return o[n];
			}
			else if (hr(i, n)) return s[n] = 1, i[n];
			else if (u(o, n)) return s[n] = 3, o[n];
			else if (r !== t && u(r, n)) return s[n] = 4, r[n];
			else s[n] = 0;
		}
		let d = mr[n], f, p;
		if (d) return n === "$attrs" && it(e.attrs, "get", ""), d(e);
		if ((f = c.__cssModules) && (f = f[n])) return f;
		if (r !== t && u(r, n)) return s[n] = 4, r[n];
		if (p = l.config.globalProperties, u(p, n)) return p[n];
	},
	set({ _: e }, t, n) {
		let { data: r, setupState: i, ctx: a } = e;
		return hr(i, t) ? (i[t] = n, !0) : u(e.props, t) || t[0] === "$" && t.slice(1) in e ? !1 : (a[t] = n, !0);
	},
	has({ _: { data: e, setupState: t, accessCache: n, ctx: r, appContext: i, props: a, type: o } }, s) {
		let c;
		return !!(n[s] || hr(t, s) || u(a, s) || u(r, s) || u(mr, s) || u(i.config.globalProperties, s) || (c = o.__cssModules) && c[s]);
	},
	defineProperty(e, t, n) {
		return n.get == null ? u(n, "value") && this.set(e, t, n.value, null) : e._.accessCache[t] = 0, Reflect.defineProperty(e, t, n);
	}
};
function _r() {
	return {
		app: null,
		config: {
			isNativeTag: i,
			performance: !1,
			globalProperties: {},
			optionMergeStrategies: {},
			errorHandler: void 0,
			warnHandler: void 0,
			compilerOptions: {}
		},
		mixins: [],
		components: {},
		directives: {},
		provides: /* @__PURE__ */ Object.create(null),
		optionsCache: /* @__PURE__ */ new WeakMap(),
		propsCache: /* @__PURE__ */ new WeakMap(),
		emitsCache: /* @__PURE__ */ new WeakMap()
	};
}
var vr = 0;
function yr(e, t) {
	return function(n, r = null) {
		h(n) || (n = s({}, n)), r != null && !v(r) && (r = null);
		let i = _r(), a = /* @__PURE__ */ new WeakSet(), o = [], c = !1, l = i.app = {
			_uid: vr++,
			_component: n,
			_props: r,
			_container: null,
			_context: i,
			_instance: null,
			version: ta,
			get config() {
				return i.config;
			},
			set config(e) {},
			use(e, ...t) {
				return a.has(e) || (e && h(e.install) ? (a.add(e), e.install(l, ...t)) : h(e) && (a.add(e), e(l, ...t))), l;
			},
			mixin(e) {
				return l;
			},
			component(e, t) {
				return t ? (i.components[e] = t, l) : i.components[e];
			},
			directive(e, t) {
				return t ? (i.directives[e] = t, l) : i.directives[e];
			},
			mount(a, o, s) {
				if (!c) {
					let u = l._ceVNode || B(n, r);
					return u.appContext = i, s === !0 ? s = "svg" : s === !1 && (s = void 0), o && t ? t(u, a) : e(u, a, s), c = !0, l._container = a, a.__vue_app__ = l, Qi(u.component);
				}
			},
			onUnmount(e) {
				o.push(e);
			},
			unmount() {
				c && (fn(o, l._instance, 16), e(null, l._container), delete l._container.__vue_app__);
			},
			provide(e, t) {
				return i.provides[e] = t, l;
			},
			runWithContext(e) {
				let t = br;
				br = l;
				try {
					return e();
				} finally {
					br = t;
				}
			}
		};
		return l;
	};
}
var br = null, xr = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${w(t)}Modifiers`] || e[`${ae(t)}Modifiers`];
function Sr(e, n, ...r) {
	if (e.isUnmounted) return;
	let i = e.vnode.props || t, a = r, o = n.startsWith("update:"), s = o && xr(i, n.slice(7));
	s && (s.trim && (a = r.map((e) => g(e) ? e.trim() : e)), s.number && (a = a.map(de)));
	let c, l = i[c = se(n)] || i[c = se(w(n))];
	!l && o && (l = i[c = se(ae(n))]), l && fn(l, e, 6, a);
	let u = i[c + "Once"];
	if (u) {
		if (!e.emitted) e.emitted = {};
		else if (e.emitted[c]) return;
		e.emitted[c] = !0, fn(u, e, 6, a);
	}
}
function Cr(e, t, n = !1) {
	let r = t.emitsCache, i = r.get(e);
	if (i !== void 0) return i;
	let a = e.emits, o = {};
	return a ? (d(a) ? a.forEach((e) => o[e] = null) : s(o, a), v(e) && r.set(e, o), o) : (v(e) && r.set(e, null), null);
}
function wr(e, t) {
	return !e || !a(t) ? !1 : (t = t.slice(2), t = t === "Once" ? t : t.replace(/Once$/, ""), u(e, t[0].toLowerCase() + t.slice(1)) || u(e, ae(t)) || u(e, t));
}
function Tr(e) {
	let { type: t, vnode: n, proxy: r, withProxy: i, propsOptions: [a], slots: s, attrs: c, emit: l, render: u, renderCache: d, props: f, data: p, setupState: m, ctx: h, inheritAttrs: g } = e, _ = Fn(e), v, y;
	try {
		if (n.shapeFlag & 4) {
			let e = i || r, t = e;
			v = Oi(u.call(t, e, d, f, m, p, h)), y = c;
		} else {
			let e = t;
			v = Oi(e.length > 1 ? e(f, {
				attrs: c,
				slots: s,
				emit: l
			}) : e(f, null)), y = t.props ? c : Dr(c);
		}
	} catch (t) {
		pi.length = 0, pn(t, e, 1), v = B(di);
	}
	let b = v;
	if (y && g !== !1) {
		let e = Object.keys(y), { shapeFlag: t } = b;
		e.length && t & 7 && (a && e.some(o) && (y = Or(y, a)), b = Ei(b, y, !1, !0));
	}
	return n.dirs && (b = Ei(b, null, !1, !0), b.dirs = b.dirs ? b.dirs.concat(n.dirs) : n.dirs), n.transition && Jn(Wn(b.type) && qn(b) || b, n.transition), v = b, Fn(_), v;
}
function Er(e, t = !0) {
	let n;
	for (let t = 0; t < e.length; t++) {
		let r = e[t];
		if (bi(r)) {
			if (r.type !== di || r.children === "v-if") {
				if (n) return;
				n = r;
			}
		} else return;
	}
	return n;
}
var Dr = (e) => {
	let t;
	for (let n in e) (n === "class" || n === "style" || a(n)) && ((t ||= {})[n] = e[n]);
	return t;
}, Or = (e, t) => {
	let n = {};
	for (let r in e) o(r) && r.slice(9) in t || (n[r] = e[r]);
	return n;
};
function kr(e, t, n) {
	let { props: r, children: i, component: a } = e, { props: o, children: s, patchFlag: c } = t, l = a.emitsOptions;
	if (t.dirs || t.transition) return !0;
	if (n && c >= 0) {
		if (c & 1024) return !0;
		if (c & 16) return r ? Ar(r, o, l) : !!o;
		if (c & 8) {
			let e = t.dynamicProps;
			for (let t = 0; t < e.length; t++) {
				let n = e[t];
				if (jr(o, r, n) && !wr(l, n)) return !0;
			}
		}
	} else return (i || s) && (!s || !s.$stable) ? !0 : r === o ? !1 : r ? !o || Ar(r, o, l) : !!o;
	return !1;
}
function Ar(e, t, n) {
	let r = Object.keys(t);
	if (r.length !== Object.keys(e).length) return !0;
	for (let i = 0; i < r.length; i++) {
		let a = r[i];
		if (!u(e, a) || jr(t, e, a) && !wr(n, a)) return !0;
	}
	return !1;
}
function jr(e, t, n) {
	let r = e[n], i = t[n];
	return n === "style" && v(r) && v(i) ? !we(r, i) : r !== i;
}
function Mr({ vnode: e, parent: t, suspense: n }, r) {
	for (; t;) {
		let n = t.subTree;
		if (n.suspense && n.suspense.activeBranch === e && (n.suspense.vnode.el = n.el = r, e = n), n === e) (e = t.vnode).el = r, t = t.parent;
		else break;
	}
	n && n.activeBranch === e && (n.vnode.el = r);
}
var Nr = {}, Pr = () => Object.create(Nr), Fr = (e) => Object.getPrototypeOf(e) === Nr;
function Ir(e, t, n, r = !1) {
	let i = {}, a = Pr();
	e.propsDefaults = /* @__PURE__ */ Object.create(null), Rr(e, t, i, a);
	for (let t in e.propsOptions[0]) t in i || (i[t] = void 0);
	e.props = n ? r ? i : /* @__PURE__ */ Vt(i) : e.type.props ? i : a, e.attrs = a;
}
function Lr(e, t, n, r) {
	let { props: i, attrs: a, vnode: { patchFlag: o } } = e, s = /* @__PURE__ */ A(i), [c] = e.propsOptions, l = !1;
	if ((r || o > 0) && !(o & 16)) {
		if (o & 8) {
			let n = e.vnode.dynamicProps;
			for (let r = 0; r < n.length; r++) {
				let o = n[r];
				if (wr(e.emitsOptions, o)) continue;
				let d = t[o];
				if (c) {
					if (u(a, o)) d !== a[o] && (a[o] = d, l = !0);
					else {
						let t = w(o);
						i[t] = zr(c, s, t, d, e, !1);
					}
				} else d !== a[o] && (a[o] = d, l = !0);
			}
		}
	} else {
		Rr(e, t, i, a) && (l = !0);
		let r;
		for (let a in s) t && (u(t, a) || (r = ae(a)) !== a && u(t, r)) || (c ? n && (n[a] !== void 0 || n[r] !== void 0) && (i[a] = zr(c, s, a, void 0, e, !0)) : delete i[a]);
		if (a !== s) for (let e in a) t && u(t, e) || (delete a[e], l = !0);
	}
	l && at(e.attrs, "set", "");
}
function Rr(e, n, r, i) {
	let [a, o] = e.propsOptions, s = !1, c;
	if (n) for (let t in n) {
		if (te(t)) continue;
		let l = n[t], d;
		a && u(a, d = w(t)) ? !o || !o.includes(d) ? r[d] = l : (c ||= {})[d] = l : wr(e.emitsOptions, t) || t in i && l === i[t] || (i[t] = l, s = !0);
	}
	if (o) {
		let n = /* @__PURE__ */ A(r), i = c || t;
		for (let t = 0; t < o.length; t++) {
			let s = o[t];
			r[s] = zr(a, n, s, i[s], e, !u(i, s));
		}
	}
	return s;
}
function zr(e, t, n, r, i, a) {
	let o = e[n];
	if (o != null) {
		let e = u(o, "default");
		if (e && r === void 0) {
			let e = o.default;
			if (o.type !== Function && !o.skipFactory && h(e)) {
				let { propsDefaults: a } = i;
				if (n in a) r = a[n];
				else {
					let o = Vi(i);
					r = a[n] = e.call(null, t), o();
				}
			} else r = e;
			i.ce && i.ce._setProp(n, r);
		}
		o[0] && (a && !e ? r = !1 : o[1] && (r === "" || r === ae(n)) && (r = !0));
	}
	return r;
}
function Br(e, r, i = !1) {
	let a = r.propsCache, o = a.get(e);
	if (o) return o;
	let c = e.props, l = {}, f = [];
	if (!c) return v(e) && a.set(e, n), n;
	if (d(c)) for (let e = 0; e < c.length; e++) {
		let n = w(c[e]);
		Vr(n) && (l[n] = t);
	}
	else if (c) for (let e in c) {
		let t = w(e);
		if (Vr(t)) {
			let n = c[e], r = l[t] = d(n) || h(n) ? { type: n } : s({}, n), i = r.type, a = !1, o = !0;
			if (d(i)) for (let e = 0; e < i.length; ++e) {
				let t = i[e], n = h(t) && t.name;
				if (n === "Boolean") {
					a = !0;
					break;
				}
				n === "String" && (o = !1);
			}
			else a = h(i) && i.name === "Boolean";
			r[0] = a, r[1] = o, (a || u(r, "default")) && f.push(t);
		}
	}
	let p = [l, f];
	return v(e) && a.set(e, p), p;
}
function Vr(e) {
	return e[0] !== "$" && !te(e);
}
var Hr = (e) => e === "_" || e === "_ctx" || e === "$stable", Ur = (e) => d(e) ? e.map(Oi) : [Oi(e)], Wr = (e, t, n) => {
	if (t._n) return t;
	let r = In((...e) => Ur(t(...e)), n);
	return r._c = !1, r;
}, Gr = (e, t, n) => {
	let r = e._ctx;
	for (let n in e) {
		if (Hr(n)) continue;
		let i = e[n];
		if (h(i)) t[n] = Wr(n, i, r);
		else if (i != null) {
			let e = Ur(i);
			t[n] = () => e;
		}
	}
}, Kr = (e, t) => {
	let n = Ur(t);
	e.slots.default = () => n;
}, qr = (e, t, n) => {
	for (let r in t) (n || !Hr(r)) && (e[r] = t[r]);
}, Jr = (e, t, n) => {
	let r = e.slots = Pr();
	if (e.vnode.shapeFlag & 32) {
		let e = t._;
		e ? (qr(r, t, n), n && ue(r, "_", e, !0)) : Gr(t, r);
	} else t && Kr(e, t);
}, Yr = (e, n, r) => {
	let { vnode: i, slots: a } = e, o = !0, s = t;
	if (i.shapeFlag & 32) {
		let e = n._;
		e ? r && e === 1 ? o = !1 : qr(a, n, r) : (o = !n.$stable, Gr(n, a)), s = n;
	} else n && (Kr(e, n), s = { default: 1 });
	if (o) for (let e in a) !Hr(e) && s[e] == null && delete a[e];
}, Xr = li;
function Zr(e) {
	return Qr(e);
}
function Qr(e, i) {
	let a = pe();
	a.__VUE__ = !0;
	let { insert: o, remove: s, patchProp: c, createElement: l, createText: u, createComment: d, setText: f, setElementText: p, parentNode: m, nextSibling: h, setScopeId: g = r, insertStaticContent: _ } = e, v = (e, t, r, i = null, a = null, o = null, s = void 0, c = null, l = !!t.dynamicChildren) => {
		if (e === t) return;
		e && !xi(e, t) && (i = Se(e), E(e, a, o, !0), e = null), t.patchFlag === -2 && (l = !1, t.dynamicChildren = null), t.dynamicChildren && e && e.dynamicChildren && e.dynamicChildren.hasOnce && (t.dynamicChildren === n && (t.dynamicChildren = []), t.dynamicChildren.hasOnce = !0);
		let { type: u, ref: d, shapeFlag: f } = t;
		switch (u) {
			case ui:
				y(e, t, r, i);
				break;
			case di:
				b(e, t, r, i);
				break;
			case fi:
				e ?? x(t, r, i, s);
				break;
			case I:
				se(e, t, r, i, a, o, s, c, l);
				break;
			default: f & 1 ? ee(e, t, r, i, a, o, s, c, l) : f & 6 ? ce(e, t, r, i, a, o, s, c, l) : (f & 64 || f & 128) && u.process(e, t, r, i, a, o, s, c, l, we);
		}
		d != null && a ? er(d, e && e.ref, o, t || e, !t) : d == null && e && e.ref != null && er(e.ref, null, o, e, !0);
	}, y = (e, t, n, r) => {
		if (e == null) o(t.el = u(t.children), n, r);
		else {
			let n = t.el = e.el;
			t.children !== e.children && f(n, t.children);
		}
	}, b = (e, t, n, r) => {
		e == null ? o(t.el = d(t.children || ""), n, r) : t.el = e.el;
	}, x = (e, t, n, r) => {
		[e.el, e.anchor] = _(e.children, t, n, r, e.el, e.anchor);
	}, S = ({ el: e, anchor: t }, n, r) => {
		let i;
		for (; e && e !== t;) i = h(e), o(e, n, r), e = i;
		o(t, n, r);
	}, C = ({ el: e, anchor: t }) => {
		let n;
		for (; e && e !== t;) n = h(e), s(e), e = n;
		s(t);
	}, ee = (e, t, n, r, i, a, o, s, c) => {
		if (t.type === "svg" ? o = "svg" : t.type === "math" && (o = "mathml"), e == null) ne(t, n, r, i, a, o, s, c);
		else {
			let n = e.el && e.el._isVueCE ? e.el : null;
			try {
				n && n._beginPatch(), ie(e, t, i, a, o, s, c);
			} finally {
				n && n._endPatch();
			}
		}
	}, ne = (e, t, n, r, i, a, s, u) => {
		let d, f, { props: m, shapeFlag: h, transition: g, dirs: _ } = e;
		if (d = e.el = l(e.type, a, m && m.is, m), h & 8 ? p(d, e.children) : h & 16 && w(e.children, d, null, r, i, $r(e, a), s, u), _ && Rn(e, null, r, "created"), re(d, e, e.scopeId, s, r), m) {
			for (let e in m) e !== "value" && !te(e) && c(d, e, null, m[e], a, r);
			"value" in m && c(d, "value", null, m.value, a), (f = m.onVnodeBeforeMount) && Mi(f, r, e);
		}
		_ && Rn(e, null, r, "beforeMount");
		let v = ti(i, g);
		v ? g.beforeEnter(d) : g && !g.persisted && (d[ci] = !0), o(d, t, n), ((f = m && m.onVnodeMounted) || v || _) && Xr(() => {
			try {
				f && Mi(f, r, e), v && g.enter(d), _ && Rn(e, null, r, "mounted");
			} finally {}
		}, i);
	}, re = (e, t, n, r, i) => {
		if (n && g(e, n), r) for (let t = 0; t < r.length; t++) g(e, r[t]);
		if (i) {
			let n = i.subTree;
			if (t === n || si(n.type) && (n.ssContent === t || n.ssFallback === t)) {
				let t = i.vnode;
				re(e, t, t.scopeId, t.slotScopeIds, i.parent);
			}
		}
	}, w = (e, t, n, r, i, a, o, s, c = 0) => {
		for (let l = c; l < e.length; l++) {
			let c = e[l] = s ? ki(e[l]) : Oi(e[l]);
			v(null, c, t, n, r, i, a, o, s);
		}
	}, ie = (e, n, r, i, a, o, s) => {
		let l = n.el = e.el, { patchFlag: u, dynamicChildren: d, dirs: f } = n;
		u |= e.patchFlag & 16;
		let m = e.props || t, h = n.props || t, g;
		if (r && ei(r, !1), (g = h.onVnodeBeforeUpdate) && Mi(g, r, n, e), f && Rn(n, e, r, "beforeUpdate"), r && ei(r, !0), d && (!e.dynamicChildren || e.dynamicChildren.length !== d.length) && (u = 0, s = !1, d = null), (m.innerHTML && h.innerHTML == null || m.textContent && h.textContent == null) && p(l, ""), d ? ae(e.dynamicChildren, d, l, r, i, $r(n, a), o) : s || me(e, n, l, null, r, i, $r(n, a), o, !1), u > 0) {
			if (u & 16) oe(l, m, h, r, a);
			else if (u & 2 && m.class !== h.class && c(l, "class", null, h.class, a), u & 4 && c(l, "style", m.style, h.style, a), u & 8) {
				let e = n.dynamicProps;
				for (let t = 0; t < e.length; t++) {
					let n = e[t], i = m[n], o = h[n];
					(o !== i || n === "value") && c(l, n, i, o, a, r);
				}
			}
			u & 1 && e.children !== n.children && p(l, n.children);
		} else !s && d == null && oe(l, m, h, r, a);
		((g = h.onVnodeUpdated) || f) && Xr(() => {
			g && Mi(g, r, n, e), f && Rn(n, e, r, "updated");
		}, i);
	}, ae = (e, t, n, r, i, a, o) => {
		for (let s = 0; s < t.length; s++) {
			let c = e[s], l = t[s], u = c.el || oi(c), d = u && (c.type === I || !xi(c, l) || c.shapeFlag & 198) ? m(u) : n;
			v(c, l, d, null, r, i, a, o, !0);
		}
	}, oe = (e, n, r, i, a) => {
		if (n !== r) {
			if (n !== t) for (let t in n) !te(t) && !(t in r) && c(e, t, n[t], null, a, i);
			for (let t in r) {
				if (te(t)) continue;
				let o = r[t], s = n[t];
				o !== s && t !== "value" && c(e, t, s, o, a, i);
			}
			"value" in r && c(e, "value", n.value, r.value, a);
		}
	}, se = (e, t, n, r, i, a, s, c, l) => {
		let d = t.el = e ? e.el : u(""), f = t.anchor = e ? e.anchor : u(""), { patchFlag: p, dynamicChildren: m, slotScopeIds: h } = t;
		h && (c = c ? c.concat(h) : h), e == null ? (o(d, n, r), o(f, n, r), w(t.children || [], n, f, i, a, s, c, l)) : p > 0 && p & 64 && m && e.dynamicChildren && e.dynamicChildren.length === m.length ? (ae(e.dynamicChildren, m, n, i, a, s, c), (t.key != null || i && t === i.subTree) && ni(e, t, !0)) : me(e, t, n, f, i, a, s, c, l);
	}, ce = (e, t, n, r, i, a, o, s, c) => {
		t.slotScopeIds = s, e == null ? t.shapeFlag & 512 ? i.ctx.activate(t, n, r, o, c) : ue(t, n, r, i, a, o, c) : de(e, t, c);
	}, ue = (e, t, n, r, i, a, o) => {
		let s = e.component = Ii(e, r, i);
		if (rr(e) && (s.ctx.renderer = we), Gi(s, !1, o), s.asyncDep) {
			if (i && i.registerDep(s, fe, o, a), !e.el) {
				let r = s.subTree = B(di);
				b(null, r, t, n), e.placeholder = r.el;
			}
		} else fe(s, e, t, n, i, a, o);
	}, de = (e, t, n) => {
		let r = t.component = e.component;
		if (kr(e, t, n)) {
			if (r.asyncDep && !r.asyncResolved) {
				t.el = e.el, t.placeholder = e.placeholder, T(r, t, n);
				return;
			}
			r.next = t, r.update();
		} else t.el = e.el, t.placeholder = e.placeholder, r.vnode = t;
	}, fe = (e, t, n, r, i, a, o) => {
		let s = () => {
			if (e.isMounted) {
				let { next: t, bu: n, u: r, parent: s, vnode: c } = e;
				{
					let n = ii(e);
					if (n) {
						t && (t.el = c.el, T(e, t, o)), n.asyncDep.then(() => {
							let t = () => {
								e.job.flags & 8 || (i && i.pendingBranch ? Xr(t, i) : l());
							};
							t.flags = 48, Xr(t, i);
						});
						return;
					}
				}
				let u = t, d;
				ei(e, !1), t ? (t.el = c.el, T(e, t, o)) : t = c, n && le(n), (d = t.props && t.props.onVnodeBeforeUpdate) && Mi(d, s, t, c), ei(e, !0);
				let f = Tr(e), p = e.subTree;
				e.subTree = f, v(p, f, m(p.el || oi(p)), Se(p), e, i, a), t.el = f.el, u === null && Mr(e, f.el), r && Xr(r, i), (d = t.props && t.props.onVnodeUpdated) && Xr(() => Mi(d, s, t, c), i);
			} else {
				let o, { el: s, props: c } = t, { bm: l, m: u, parent: d, root: f, type: p } = e, m = nr(t);
				if (ei(e, !1), l && le(l), !m && (o = c && c.onVnodeBeforeMount) && Mi(o, d, t), ei(e, !0), s && Ee) {
					let t = () => {
						e.subTree = Tr(e), Ee(s, e.subTree, e, i, null);
					};
					m && p.__asyncHydrate ? p.__asyncHydrate(s, e, t) : t();
				} else {
					f.ce && f.ce._hasShadowRoot() && f.ce._injectChildStyle(p, e.parent ? e.parent.type : void 0);
					let o = e.subTree = Tr(e);
					v(null, o, n, r, e, i, a), t.el = o.el;
				}
				if (u && Xr(u, i), !m && (o = c && c.onVnodeMounted)) {
					let e = t;
					Xr(() => Mi(o, d, e), i);
				}
				(t.shapeFlag & 256 || d && nr(d.vnode) && d.vnode.shapeFlag & 256) && e.a && Xr(e.a, i), e.isMounted = !0, t = n = r = null;
			}
		};
		e.scope.on();
		let c = e.effect = new Me(s);
		e.scope.off();
		let l = e.update = c.run.bind(c), u = e.job = c.runIfDirty.bind(c);
		u.i = e, u.id = e.uid, c.scheduler = () => wn(u), ei(e, !0), l();
	}, T = (e, t, n) => {
		t.component = e;
		let r = e.vnode.props;
		e.vnode = t, e.next = null, Lr(e, t.props, r, n), Yr(e, t.children, n), qe(), Dn(e), Je();
	}, me = (e, t, n, r, i, a, o, s, c = !1) => {
		let l = e && e.children, u = e ? e.shapeFlag : 0, d = t.children, { patchFlag: f, shapeFlag: m } = t;
		if (f > 0) {
			if (f & 128) {
				ge(l, d, n, r, i, a, o, s, c);
				return;
			}
			if (f & 256) {
				he(l, d, n, r, i, a, o, s, c);
				return;
			}
		}
		m & 8 ? (u & 16 && xe(l, i, a), d !== l && p(n, d)) : u & 16 ? m & 16 ? ge(l, d, n, r, i, a, o, s, c) : xe(l, i, a, !0) : (u & 8 && p(n, ""), m & 16 && w(d, n, r, i, a, o, s, c));
	}, he = (e, t, r, i, a, o, s, c, l) => {
		e ||= n, t ||= n;
		let u = e.length, d = t.length, f = Math.min(u, d), p = 0;
		for (; p < f; p++) {
			let n = t[p] = l ? ki(t[p]) : Oi(t[p]);
			v(e[p], n, r, null, a, o, s, c, l);
		}
		u > d ? xe(e, a, o, !0, !1, f) : w(t, r, i, a, o, s, c, l, f);
	}, ge = (e, t, r, i, a, o, s, c, l) => {
		let u = 0, d = t.length, f = e.length - 1, p = d - 1;
		for (; u <= f && u <= p;) {
			let n = e[u], i = t[u] = l ? ki(t[u]) : Oi(t[u]);
			if (xi(n, i)) v(n, i, r, null, a, o, s, c, l);
			else break;
			u++;
		}
		for (; u <= f && u <= p;) {
			let n = e[f], i = t[p] = l ? ki(t[p]) : Oi(t[p]);
			if (xi(n, i)) v(n, i, r, null, a, o, s, c, l);
			else break;
			f--, p--;
		}
		if (u > f) {
			if (u <= p) {
				let e = p + 1, n = e < d ? t[e].el : i;
				for (; u <= p;) v(null, t[u] = l ? ki(t[u]) : Oi(t[u]), r, n, a, o, s, c, l), u++;
			}
		} else if (u > p) for (; u <= f;) E(e[u], a, o, !0), u++;
		else {
			let m = u, h = u, g = /* @__PURE__ */ new Map();
			for (u = h; u <= p; u++) {
				let e = t[u] = l ? ki(t[u]) : Oi(t[u]);
				e.key != null && g.set(e.key, u);
			}
			let _, y = 0, b = p - h + 1, x = !1, S = 0, C = Array(b);
			for (u = 0; u < b; u++) C[u] = 0;
			for (u = m; u <= f; u++) {
				let n = e[u];
				if (y >= b) {
					E(n, a, o, !0);
					continue;
				}
				let i;
				if (n.key != null) i = g.get(n.key);
				else for (_ = h; _ <= p; _++) if (C[_ - h] === 0 && xi(n, t[_])) {
					i = _;
					break;
				}
				i === void 0 ? E(n, a, o, !0) : (C[i - h] = u + 1, i >= S ? S = i : x = !0, v(n, t[i], r, null, a, o, s, c, l), y++);
			}
			let ee = x ? ri(C) : n;
			for (_ = ee.length - 1, u = b - 1; u >= 0; u--) {
				let e = h + u, n = t[e], f = t[e + 1], p = e + 1 < d ? f.el || oi(f) : i;
				C[u] === 0 ? v(null, n, r, p, a, o, s, c, l) : x && (_ < 0 || u !== ee[_] ? _e(n, r, p, 2) : _--);
			}
		}
	}, _e = (e, t, n, r, i = null) => {
		let { el: a, type: c, transition: l, children: u, shapeFlag: d } = e;
		if (d & 6) _e(e.component.subTree, t, n, r);
		else if (d & 128) e.suspense.move(t, n, r);
		else if (d & 64) c.move(e, t, n, we);
		else if (c === I) {
			o(a, t, n);
			for (let e = 0; e < u.length; e++) _e(u[e], t, n, r);
			o(e.anchor, t, n);
		} else if (c === fi) S(e, t, n);
		else if (r !== 2 && d & 1 && l) {
			if (r === 0) l.persisted && !a[Gn] ? o(a, t, n) : (l.beforeEnter(a), o(a, t, n), Xr(() => l.enter(a), i));
			else {
				let { leave: r, delayLeave: i, afterLeave: c } = l, u = () => {
					e.ctx.isUnmounted ? s(a) : o(a, t, n);
				}, d = () => {
					let e = a._isLeaving || !!a[Gn];
					a._isLeaving && a[Gn](!0), l.persisted && !e ? u() : r(a, () => {
						u(), c && c();
					});
				};
				i ? i(a, u, d) : d();
			}
		} else o(a, t, n);
	}, E = (e, t, n, r = !1, i = !1) => {
		let { type: a, props: o, ref: s, children: c, dynamicChildren: l, shapeFlag: u, patchFlag: d, dirs: f, cacheIndex: p, memo: m } = e;
		if ((d === -2 || l && l.hasOnce) && (i = !1), s != null && (qe(), er(s, null, n, e, !0), Je()), p == null || e.ctx && e.ctx !== t || (t.renderCache[p] = void 0), u & 256 && t.ctx.deactivate(e)) return;
		let h = u & 1 && f, g = !nr(e), _;
		if (g && (_ = o && o.onVnodeBeforeUnmount) && Mi(_, t, e), u & 6) be(e.component, n, r);
		else {
			if (u & 128) {
				e.suspense.unmount(n, r);
				return;
			}
			h && Rn(e, null, t, "beforeUnmount"), u & 64 ? e.type.remove(e, t, n, we, r) : l && !l.hasOnce && (a !== I || d > 0 && d & 64) ? xe(l, t, n, !1, !0) : (a === I && d & 384 || !i && u & 16) && xe(c, t, n), r && ve(e);
		}
		let v = m != null && p == null;
		(g && (_ = o && o.onVnodeUnmounted) || h || v) && Xr(() => {
			_ && Mi(_, t, e), h && Rn(e, null, t, "unmounted"), v && (e.el = null);
		}, n);
	}, ve = (e) => {
		let { type: t, el: n, anchor: r, transition: i } = e, a = t === I;
		if (a && !i) {
			ye(n, r);
			return;
		}
		if (t === fi) {
			C(e), i && !i.persisted && i.afterLeave && i.afterLeave();
			return;
		}
		let o = a ? Yn(e) : e, c = () => {
			a ? m(n) && ye(n, r) : s(n), i && !i.persisted && i.afterLeave && i.afterLeave();
		};
		if (o && o.shapeFlag & 1 && i && !i.persisted) {
			let { leave: e, delayLeave: t } = i, n = o.el, r = () => e(n, c);
			t ? t(n, c, r) : r();
		} else c();
	}, ye = (e, t) => {
		let n;
		for (; e !== t;) n = h(e), s(e), e = n;
		s(t);
	}, be = (e, t, n) => {
		let { bum: r, scope: i, job: a, subTree: o, um: s, m: c, a: l } = e;
		ai(c), ai(l), r && le(r), i.stop(), a ? (a.flags |= 8, E(o, e, t, n)) : o && (o.transition = e.vnode.transition, E(o, e, t, n)), s && Xr(s, t);
		let u = () => {
			e.isUnmounted = !0;
		};
		u.flags = 16, Xr(u, t);
	}, xe = (e, t, n, r = !1, i = !1, a = 0) => {
		for (let o = a; o < e.length; o++) E(e[o], t, n, r, i);
	}, Se = (e) => {
		if (e.shapeFlag & 6) return Se(e.component.subTree);
		if (e.shapeFlag & 128) return e.suspense.next();
		let t = h(e.anchor || e.el), n = t && t[Un];
		return n ? h(n) : t;
	}, Ce = (e, t, n) => {
		An(() => {
			e == null ? t._vnode && E(t._vnode, null, null, !0) : v(t._vnode || null, e, t, null, null, null, n), t._vnode = e;
		}, e && t._vnode ? void 0 : e && e.component ? e.component.uid : Fi());
	}, we = {
		p: v,
		um: E,
		m: _e,
		r: ve,
		mt: ue,
		mc: w,
		pc: me,
		pbc: ae,
		n: Se,
		o: e
	}, Te, Ee;
	return i && ([Te, Ee] = i(we)), {
		render: Ce,
		hydrate: Te,
		createApp: yr(Ce, Te)
	};
}
function $r({ type: e, props: t }, n) {
	return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function ei({ effect: e, job: t }, n) {
	n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function ti(e, t) {
	return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function ni(e, t, n = !1) {
	let r = e.children, i = t.children;
	if (d(r) && d(i)) for (let e = 0; e < r.length; e++) {
		let t = r[e], a = i[e];
		a.shapeFlag & 1 && !a.dynamicChildren && ((a.patchFlag <= 0 || a.patchFlag === 32) && (a = i[e] = ki(i[e]), a.el = t.el), !n && a.patchFlag !== -2 && ni(t, a)), a.type === ui && (a.patchFlag === -1 && (a = i[e] = ki(a)), a.el = t.el), a.type === di && !a.el && (a.el = t.el);
	}
}
function ri(e) {
	let t = e.slice(), n = [0], r, i, a, o, s, c = e.length;
	for (r = 0; r < c; r++) {
		let c = e[r];
		if (c !== 0) {
			if (i = n[n.length - 1], e[i] < c) {
				t[r] = i, n.push(r);
				continue;
			}
			for (a = 0, o = n.length - 1; a < o;) s = a + o >> 1, e[n[s]] < c ? a = s + 1 : o = s;
			c < e[n[a]] && (a > 0 && (t[r] = n[a - 1]), n[a] = r);
		}
	}
	for (a = n.length, o = n[a - 1]; a-- > 0;) n[a] = o, o = t[o];
	return n;
}
function ii(e) {
	let t = e.subTree.component;
	if (t) return t.asyncDep && !t.asyncResolved ? t : ii(t);
}
function ai(e) {
	if (e) for (let t = 0; t < e.length; t++) e[t].flags |= 8;
}
function oi(e) {
	if (e.placeholder) return e.placeholder;
	let t = e.component;
	if (t) return oi(t.subTree);
	let n = e.suspense;
	return n && n.activeBranch ? oi(n.activeBranch) : null;
}
var si = (e) => e.__isSuspense, ci = /* @__PURE__ */ Symbol("_deferredEnter");
function li(e, t) {
	t && t.pendingBranch ? d(e) ? t.effects.push(...e) : t.effects.push(e) : En(e);
}
var I = /* @__PURE__ */ Symbol.for("v-fgt"), ui = /* @__PURE__ */ Symbol.for("v-txt"), di = /* @__PURE__ */ Symbol.for("v-cmt"), fi = /* @__PURE__ */ Symbol.for("v-stc"), pi = [], mi = null;
function L(e = !1) {
	pi.push(mi = e ? null : []);
}
function hi() {
	pi.pop(), mi = pi[pi.length - 1] || null;
}
var gi = 1;
function _i(e, t = !1) {
	gi += e, e < 0 && mi && t && (mi.hasOnce = !0);
}
function vi(e) {
	return e.dynamicChildren = gi > 0 ? mi || n : null, hi(), gi > 0 && mi && mi.push(e), e;
}
function R(e, t, n, r, i, a) {
	return vi(z(e, t, n, r, i, a, !0));
}
function yi(e, t, n, r, i) {
	return vi(B(e, t, n, r, i, !0));
}
function bi(e) {
	return e ? e.__v_isVNode === !0 : !1;
}
function xi(e, t) {
	return e.type === t.type && e.key === t.key;
}
var Si = ({ key: e }) => e ?? null, Ci = ({ ref: e, ref_key: t, ref_for: n }) => (typeof e == "number" && (e = "" + e), e == null ? null : g(e) || /* @__PURE__ */ j(e) || h(e) ? {
	i: Nn,
	r: e,
	k: t,
	f: !!n
} : e);
function z(e, t = null, n = null, r = 0, i = null, a = e === I ? 0 : 1, o = !1, s = !1) {
	let c = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e,
		props: t,
		key: t && Si(t),
		ref: t && Ci(t),
		scopeId: Pn,
		slotScopeIds: null,
		children: n,
		component: null,
		suspense: null,
		ssContent: null,
		ssFallback: null,
		dirs: null,
		transition: null,
		el: null,
		anchor: null,
		target: null,
		targetStart: null,
		targetAnchor: null,
		staticCount: 0,
		shapeFlag: a,
		patchFlag: r,
		dynamicProps: i,
		dynamicChildren: null,
		appContext: null,
		ctx: Nn
	};
	return s ? (Ai(c, n), a & 128 && e.normalize(c)) : n && (c.shapeFlag |= g(n) ? 8 : 16), gi > 0 && !o && mi && (c.patchFlag > 0 || a & 6) && c.patchFlag !== 32 && mi.push(c), c;
}
var B = wi;
function wi(e, t = null, n = null, r = 0, i = null, a = !1) {
	if (e && e !== lr || (e = di), bi(e)) {
		let r = Ei(e, t, !0);
		return n && Ai(r, n), gi > 0 && !a && mi && (r.shapeFlag & 6 ? mi[mi.indexOf(e)] = r : mi.push(r)), r.patchFlag = -2, r;
	}
	if (ea(e) && (e = e.__vccOpts), t) {
		t = Ti(t);
		let { class: e, style: n } = t;
		e && !g(e) && (t.class = E(e)), v(n) && (/* @__PURE__ */ qt(n) && !d(n) && (n = s({}, n)), t.style = T(n));
	}
	let o = g(e) ? 1 : si(e) ? 128 : Wn(e) ? 64 : v(e) ? 4 : h(e) ? 2 : 0;
	return z(e, t, n, r, i, o, a, !0);
}
function Ti(e) {
	return e ? /* @__PURE__ */ qt(e) ? s({}, e) : Fr(e) ? s({}, e[Yi] || e) : e : null;
}
function Ei(e, t, n = !1, r = !1) {
	let { props: i, ref: a, patchFlag: o, children: s, transition: c } = e, l = t ? ji(i || {}, t) : i, u = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e.type,
		props: l,
		key: l && Si(l),
		ref: t && t.ref ? n && a ? d(a) ? a.concat(Ci(t)) : [a, Ci(t)] : Ci(t) : a,
		scopeId: e.scopeId,
		slotScopeIds: e.slotScopeIds,
		children: s,
		target: e.target,
		targetStart: e.targetStart,
		targetAnchor: e.targetAnchor,
		staticCount: e.staticCount,
		shapeFlag: e.shapeFlag,
		patchFlag: t && e.type !== I ? o === -1 ? 16 : o | 16 : o,
		dynamicProps: e.dynamicProps,
		dynamicChildren: e.dynamicChildren,
		appContext: e.appContext,
		dirs: e.dirs,
		transition: c,
		component: e.component,
		suspense: e.suspense,
		ssContent: e.ssContent && Ei(e.ssContent),
		ssFallback: e.ssFallback && Ei(e.ssFallback),
		placeholder: e.placeholder,
		el: e.el,
		anchor: e.anchor,
		ctx: e.ctx,
		ce: e.ce,
		cacheIndex: e.cacheIndex
	};
	return c && r && Jn(u, c.clone(u)), u;
}
function V(e = " ", t = 0) {
	return B(ui, null, e, t);
}
function Di(e, t) {
	let n = B(fi, null, e);
	return n.staticCount = t, n;
}
function H(e = "", t = !1) {
	return t ? (L(), yi(di, null, e)) : B(di, null, e);
}
function Oi(e) {
	return e == null || typeof e == "boolean" ? B(di) : d(e) ? B(I, null, e.slice()) : bi(e) ? ki(e) : B(ui, null, String(e));
}
function ki(e) {
	return e.el === null && e.patchFlag !== -1 || e.memo ? e : Ei(e);
}
function Ai(e, t) {
	let n = 0, { shapeFlag: r } = e;
	if (t == null) t = null;
	else if (d(t)) n = 16;
	else if (typeof t == "object") {
		if (r & 65) {
			let n = t.default;
			n && (n._c && (n._d = !1), Ai(e, n()), n._c && (n._d = !0));
			return;
		}
		{
			n = 32;
			let r = t._;
			!r && !Fr(t) ? t._ctx = Nn : r === 3 && Nn && (Nn.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
		}
	} else if (h(t)) {
		if (r & 65) {
			Ai(e, { default: t });
			return;
		}
		t = {
			default: t,
			_ctx: Nn
		}, n = 32;
	} else t = String(t), r & 64 ? (n = 16, t = [V(t)]) : n = 8;
	e.children = t, e.shapeFlag |= n;
}
function ji(...e) {
	let t = {};
	for (let n = 0; n < e.length; n++) {
		let r = e[n];
		for (let e in r) if (e === "class") t.class !== r.class && (t.class = E([t.class, r.class]));
		else if (e === "style") t.style = T([t.style, r.style]);
		else if (a(e)) {
			let n = t[e], i = r[e];
			i && n !== i && !(d(n) && n.includes(i)) ? t[e] = n ? [].concat(n, i) : i : i == null && n == null && !o(e) && (t[e] = i);
		} else e !== "" && (t[e] = r[e]);
	}
	return t;
}
function Mi(e, t, n, r = null) {
	fn(e, t, 7, [n, r]);
}
var Ni = /* @__PURE__ */ _r(), Pi = 0;
function Fi() {
	return Pi;
}
function Ii(e, n, r) {
	let i = e.type, a = (n ? n.appContext : e.appContext) || Ni, o = {
		uid: Pi++,
		vnode: e,
		type: i,
		parent: n,
		appContext: a,
		root: null,
		next: null,
		subTree: null,
		effect: null,
		update: null,
		job: null,
		scope: new ke(!0),
		render: null,
		proxy: null,
		exposed: null,
		exposeProxy: null,
		withProxy: null,
		provides: n ? n.provides : Object.create(a.provides),
		ids: n ? n.ids : [
			"",
			0,
			0
		],
		accessCache: null,
		renderCache: [],
		components: null,
		directives: null,
		propsOptions: Br(i, a),
		emitsOptions: Cr(i, a),
		emit: null,
		emitted: null,
		propsDefaults: t,
		inheritAttrs: i.inheritAttrs,
		ctx: t,
		data: t,
		props: t,
		attrs: t,
		slots: t,
		refs: t,
		setupState: t,
		setupContext: null,
		suspense: r,
		suspenseId: r ? r.pendingId : 0,
		asyncDep: null,
		asyncResolved: !1,
		isMounted: !1,
		isUnmounted: !1,
		isDeactivated: !1,
		bc: null,
		c: null,
		bm: null,
		m: null,
		bu: null,
		u: null,
		um: null,
		bum: null,
		da: null,
		a: null,
		rtg: null,
		rtc: null,
		ec: null,
		sp: null
	};
	return o.ctx = { _: o }, o.root = n ? n.root : o, o.emit = Sr.bind(null, o), e.ce && e.ce(o), o;
}
var Li = null, Ri = () => Li || Nn, zi, Bi;
{
	let e = pe(), t = (t, n) => {
		let r;
		return (r = e[t]) || (r = e[t] = []), r.push(n), (e) => {
			r.length > 1 ? r.forEach((t) => t(e)) : r[0](e);
		};
	};
	zi = t("__VUE_INSTANCE_SETTERS__", (e) => Li = e), Bi = t("__VUE_SSR_SETTERS__", (e) => Wi = e);
}
var Vi = (e) => {
	let t = Li;
	return zi(e), e.scope.on(), () => {
		e.scope.off(), zi(t);
	};
}, Hi = () => {
	Li && Li.scope.off(), zi(null);
};
function Ui(e) {
	return e.vnode.shapeFlag & 4;
}
var Wi = !1;
function Gi(e, t = !1, n = !1) {
	t && Bi(t);
	let { props: r, children: i } = e.vnode, a = Ui(e);
	Ir(e, r, a, t), Jr(e, i, n || t);
	let o = a ? Ki(e, t) : void 0;
	return t && Bi(!1), o;
}
function Ki(e, t) {
	let n = e.type;
	e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, gr);
	let { setup: r } = n;
	if (r) {
		qe();
		let n = e.setupContext = r.length > 1 ? Zi(e) : null, i = Vi(e), a = dn(r, e, 0, [e.props, n]), o = y(a);
		if (Je(), i(), (o || e.sp) && !nr(e) && Zn(e), o) {
			if (a.then(Hi, Hi), t) return a.then((n) => {
				Bi(!0);
				try {
					qi(e, n, t);
				} finally {
					Bi(!1);
				}
			}).catch((t) => {
				pn(t, e, 0, void 0, !0), e.ssrRender = (e, t) => t("<!---->");
			});
			e.asyncDep = a;
		} else qi(e, a, t);
	} else Ji(e, t);
}
function qi(e, t, n) {
	h(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : v(t) && (e.setupState = tn(t)), Ji(e, n);
}
function Ji(e, t, n) {
	let i = e.type;
	e.render ||= i.render || r;
}
var Yi = /* @__PURE__ */ Symbol(), Xi = { get(e, t) {
	return it(e, "get", ""), t === Yi ? e : e[t];
} };
function Zi(e) {
	return {
		attrs: new Proxy(e.attrs, Xi),
		slots: e.slots,
		emit: e.emit,
		expose: (t) => {
			e.exposed = t || {};
		}
	};
}
function Qi(e) {
	return e.exposed ? e.exposeProxy ||= new Proxy(tn(Jt(e.exposed)), {
		get(t, n) {
			if (n in t) return t[n];
			if (n in mr) return mr[n](e);
		},
		has(e, t) {
			return t in e || t in mr;
		}
	}) : e.proxy;
}
function $i(e, t = !0) {
	return h(e) ? e.displayName || e.name : e.name || t && e.__name;
}
function ea(e) {
	return h(e) && "__vccOpts" in e;
}
var U = (e, t) => /* @__PURE__ */ rn(e, t, Wi), ta = "3.5.45", na = void 0, ra = typeof window < "u" && window.trustedTypes;
if (ra) try {
	na = /* @__PURE__ */ ra.createPolicy("vue", { createHTML: (e) => e });
} catch {}
var ia = na ? (e) => na.createHTML(e) : (e) => e, aa = "http://www.w3.org/2000/svg", oa = "http://www.w3.org/1998/Math/MathML", sa = typeof document < "u" ? document : null, ca = sa && /* @__PURE__ */ sa.createElement("template"), la = {
	insert: (e, t, n) => {
		t.insertBefore(e, n || null);
	},
	remove: (e) => {
		let t = e.parentNode;
		t && t.removeChild(e);
	},
	createElement: (e, t, n, r) => {
		let i = t === "svg" ? sa.createElementNS(aa, e) : t === "mathml" ? sa.createElementNS(oa, e) : n ? sa.createElement(e, { is: n }) : sa.createElement(e);
		return e === "select" && r && r.multiple != null && i.setAttribute("multiple", r.multiple), i;
	},
	createText: (e) => sa.createTextNode(e),
	createComment: (e) => sa.createComment(e),
	setText: (e, t) => {
		e.nodeValue = t;
	},
	setElementText: (e, t) => {
		e.textContent = t;
	},
	parentNode: (e) => e.parentNode,
	nextSibling: (e) => e.nextSibling,
	querySelector: (e) => sa.querySelector(e),
	setScopeId(e, t) {
		e.setAttribute(t, "");
	},
	insertStaticContent(e, t, n, r, i, a) {
		let o = n ? n.previousSibling : t.lastChild;
		if (i && (i === a || i.nextSibling)) for (; t.insertBefore(i.cloneNode(!0), n), i !== a && (i = i.nextSibling););
		else {
			ca.innerHTML = ia(r === "svg" ? `<svg>${e}</svg>` : r === "mathml" ? `<math>${e}</math>` : e);
			let i = ca.content;
			if (r === "svg" || r === "mathml") {
				let e = i.firstChild;
				for (; e.firstChild;) i.appendChild(e.firstChild);
				i.removeChild(e);
			}
			t.insertBefore(i, n);
		}
		return [o ? o.nextSibling : t.firstChild, n ? n.previousSibling : t.lastChild];
	}
}, ua = /* @__PURE__ */ Symbol("_vtc");
function da(e, t, n) {
	let r = e[ua];
	r && (t = (t ? [t, ...r] : [...r]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
var fa = /* @__PURE__ */ Symbol("_vod"), pa = /* @__PURE__ */ Symbol("_vsh"), ma = /* @__PURE__ */ Symbol(""), ha = /(?:^|;)\s*display\s*:/;
function ga(e, t, n) {
	let r = e.style, i = g(n), a = !1;
	if (n && !i) {
		if (t) {
			if (g(t)) for (let e of t.split(";")) {
				let t = e.slice(0, e.indexOf(":")).trim();
				n[t] ?? va(r, t, "");
			}
			else for (let e in t) n[e] ?? va(r, e, "");
		}
		for (let i in n) {
			i === "display" && (a = !0);
			let o = n[i];
			o == null ? va(r, i, "") : Sa(e, i, !g(t) && t ? t[i] : void 0, o) || va(r, i, o);
		}
	} else if (i) {
		if (t !== n) {
			let e = r[ma];
			e && (n += ";" + e), r.cssText = n, a = ha.test(n);
		}
	} else t && e.removeAttribute("style");
	fa in e && (i && t === n || (e[fa] = a ? r.display : ""), e[pa] && (r.display = "none"));
}
var _a = /\s*!important$/;
function va(e, t, n) {
	if (d(n)) n.forEach((n) => va(e, t, n));
	else if (n ??= "", t.startsWith("--")) _a.test(n) ? e.setProperty(t, n.replace(_a, ""), "important") : e.setProperty(t, n);
	else {
		let r = xa(e, t);
		_a.test(n) ? e.setProperty(ae(r), n.replace(_a, ""), "important") : e[r] = n;
	}
}
var ya = [
	"Webkit",
	"Moz",
	"ms"
], ba = {};
function xa(e, t) {
	let n = ba[t];
	if (n) return n;
	let r = w(t);
	if (r !== "filter" && r in e) return ba[t] = r;
	r = oe(r);
	for (let n = 0; n < ya.length; n++) {
		let i = ya[n] + r;
		if (i in e) return ba[t] = i;
	}
	return t;
}
function Sa(e, t, n, r) {
	return e.tagName === "TEXTAREA" && (t === "width" || t === "height") && g(r) && n === r;
}
var Ca = "http://www.w3.org/1999/xlink";
function wa(e, t, n, r, i, a = ve(t)) {
	r && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(Ca, t.slice(6, t.length)) : e.setAttributeNS(Ca, t, n) : n == null || a && !ye(n) ? e.removeAttribute(t) : e.setAttribute(t, a ? "" : _(n) ? String(n) : n);
}
function Ta(e, t, n, r, i) {
	if (t === "innerHTML" || t === "textContent") {
		n != null && (e[t] = t === "innerHTML" ? ia(n) : n);
		return;
	}
	let a = e.tagName;
	if (t === "value" && a !== "PROGRESS" && !a.includes("-")) {
		let r = a === "OPTION" ? e.getAttribute("value") || "" : e.value, i = n == null ? e.type === "checkbox" ? "on" : "" : String(n);
		r === i && "_value" in e || (e.value = i), n ?? e.removeAttribute(t), e._value = n;
		return;
	}
	let o = !1;
	if (n === "" || n == null) {
		let r = typeof e[t];
		r === "boolean" ? n = ye(n) : n == null && r === "string" ? (n = "", o = !0) : r === "number" && (n = 0, o = !0);
	}
	try {
		e[t] = n;
	} catch {}
	o && e.removeAttribute(i || t);
}
function Ea(e, t, n, r) {
	e.addEventListener(t, n, r);
}
function Da(e, t, n, r) {
	e.removeEventListener(t, n, r);
}
var Oa = /* @__PURE__ */ Symbol("_vei");
function ka(e, t, n, r, i = null) {
	let a = e[Oa] || (e[Oa] = {}), o = a[t];
	if (r && o) o.value = r;
	else {
		let [n, s] = Ma(t);
		r ? Ea(e, n, a[t] = Ia(r, i), s) : o && (Da(e, n, o, s), a[t] = void 0);
	}
}
var Aa = /(Once|Passive|Capture)$/, ja = /^on:?(?:Once|Passive|Capture)$/;
function Ma(e) {
	let t, n;
	for (; (n = e.match(Aa)) && !ja.test(e);) t ||= {}, e = e.slice(0, e.length - n[1].length), t[n[1].toLowerCase()] = !0;
	return [e[2] === ":" ? e.slice(3) : ae(e.slice(2)), t];
}
var Na = 0, Pa = /* @__PURE__ */ Promise.resolve(), Fa = () => Na ||= (Pa.then(() => Na = 0), Date.now());
function Ia(e, t) {
	let n = (e) => {
		if (!e._vts) e._vts = Date.now();
		else if (e._vts <= n.attached) return;
		let r = n.value;
		if (d(r)) {
			let n = e.stopImmediatePropagation;
			e.stopImmediatePropagation = () => {
				n.call(e), e._stopped = !0;
			};
			let i = r.slice(), a = [e];
			for (let n = 0; n < i.length && !e._stopped; n++) {
				let e = i[n];
				e && fn(e, t, 5, a);
			}
		} else fn(r, t, 5, [e]);
	};
	return n.value = e, n.attached = Fa(), n;
}
var La = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, Ra = (e, t, n, r, i, s) => {
	let c = i === "svg";
	t === "class" ? da(e, r, c) : t === "style" ? ga(e, n, r) : a(t) ? o(t) || ka(e, t, n, r, s) : (t[0] === "." ? (t = t.slice(1), 1) : t[0] === "^" ? (t = t.slice(1), 0) : za(e, t, r, c)) ? (Ta(e, t, r), e.tagName.includes("-") || t !== "value" && t !== "checked" && t !== "selected" || wa(e, t, r, c, s, t !== "value")) : e._isVueCE && (Ba(e, t) || e._def.__asyncLoader && (/[A-Z]/.test(t) || !g(r))) ? Ta(e, w(t), r, s, t) : (t === "true-value" ? e._trueValue = r : t === "false-value" && (e._falseValue = r), wa(e, t, r, c));
};
function za(e, t, n, r) {
	if (r) return !!(t === "innerHTML" || t === "textContent" || t in e && La(t) && h(n));
	if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "autocorrect" || t === "sandbox" && e.tagName === "IFRAME" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA") return !1;
	if (t === "width" || t === "height") {
		let t = e.tagName;
		if (t === "IMG" || t === "VIDEO" || t === "CANVAS" || t === "SOURCE") return !1;
	}
	return La(t) && g(n) ? !1 : t in e;
}
function Ba(e, t) {
	let n = e._def.props;
	if (!n) return !1;
	let r = w(t);
	return Array.isArray(n) ? n.some((e) => w(e) === r) : Object.keys(n).some((e) => w(e) === r);
}
var Va = (e) => {
	let t = e.props["onUpdate:modelValue"] || !1;
	return d(t) ? (e) => le(t, e) : t;
};
function Ha(e) {
	e.target.composing = !0;
}
function Ua(e) {
	let t = e.target;
	t.composing && (t.composing = !1, t.dispatchEvent(new Event("input")));
}
var Wa = /* @__PURE__ */ Symbol("_assign"), Ga = /* @__PURE__ */ Symbol("_initialValue");
function Ka(e, t, n) {
	return t && (e = e.trim()), n && (e = de(e)), e;
}
var qa = {
	created(e, { modifiers: { lazy: t, trim: n, number: r } }, i) {
		e.parentNode && (e.type === "text" ? e[Ga] = e.defaultValue.replace(/[\r\n]/g, "") : e.type === "textarea" && (e[Ga] = e.defaultValue.replace(/\r\n?/g, "\n"))), e[Wa] = Va(i);
		let a = r || i.props && i.props.type === "number";
		Ea(e, t ? "change" : "input", (t) => {
			t.target.composing || e[Wa](Ka(e.value, n, a));
		}), (n || a) && Ea(e, "change", () => {
			e.value = Ka(e.value, n, a);
		}), t || (Ea(e, "compositionstart", Ha), Ea(e, "compositionend", Ua), Ea(e, "change", Ua));
	},
	mounted(e, { value: t, modifiers: { trim: n, number: r } }) {
		let i = t ?? "", a = e[Ga];
		delete e[Ga], a !== void 0 && (e.type === "text" || e.type === "textarea") && e.value !== a ? e[Wa](Ka(e.value, n, r)) : e.value = i;
	},
	beforeUpdate(e, { value: t, oldValue: n, modifiers: { lazy: r, trim: i, number: a } }, o) {
		if (e[Wa] = Va(o), e.composing) return;
		let s = (a || e.type === "number") && !/^0\d/.test(e.value) ? de(e.value) : e.value, c = t ?? "";
		if (s === c) return;
		let l = e.getRootNode();
		(l instanceof Document || l instanceof ShadowRoot) && l.activeElement === e && e.type !== "range" && (r && t === n || i && e.value.trim() === c) || (e.value = c);
	}
}, Ja = {
	deep: !0,
	created(e, t, n) {
		e[Wa] = Va(n), Ea(e, "change", () => {
			let t = e._modelValue, n = $a(e), r = e.checked, i = e[Wa];
			if (d(t)) {
				let e = Te(t, n), a = e !== -1;
				if (r && !a) i(t.concat(n));
				else if (!r && a) {
					let n = [...t];
					n.splice(e, 1), i(n);
				}
			} else if (p(t)) {
				let e = new Set(t);
				r ? e.add(n) : e.delete(n), i(e);
			} else i(eo(e, r));
		});
	},
	mounted: Ya,
	beforeUpdate(e, t, n) {
		e[Wa] = Va(n), Ya(e, t, n);
	}
};
function Ya(e, { value: t, oldValue: n }, r) {
	e._modelValue = t;
	let i;
	if (d(t)) i = Te(t, r.props.value) > -1;
	else if (p(t)) i = t.has(r.props.value);
	else {
		if (t === n) return;
		i = we(t, eo(e, !0));
	}
	e.checked !== i && (e.checked = i);
}
var Xa = {
	deep: !0,
	created(e, { value: t, modifiers: { number: n } }, r) {
		e._modelValue = t, Ea(e, "change", () => {
			let t = Array.prototype.filter.call(e.options, (e) => e.selected).map((e) => n ? de($a(e)) : $a(e)), r = e.multiple, i = r ? p(e._modelValue) ? new Set(t) : t : t[0], a = e._pendingValue = [r, r ? d(i) ? t.slice() : t : i];
			try {
				e[Wa](i);
			} finally {
				Sn(() => {
					e._pendingValue === a && (e._pendingValue = void 0);
				});
			}
		}), e[Wa] = Va(r);
	},
	mounted(e, { value: t, modifiers: { number: n } }) {
		Qa(e, t, n);
	},
	beforeUpdate(e, { value: t }, n) {
		e._modelValue = t, e[Wa] = Va(n);
	},
	updated(e, { value: t, modifiers: { number: n } }) {
		let r = e._pendingValue;
		e._pendingValue = void 0, r && r[0] === e.multiple && Za(t, r[1], r[0]) || Qa(e, t, n);
	}
};
function Za(e, t, n) {
	if (!n || d(e)) return we(e, t);
	if (p(e)) {
		if (e.size !== t.length) return !1;
		for (let n of t) if (!e.has(n)) return !1;
		return !0;
	}
	return !1;
}
function Qa(e, t, n = !1) {
	let r = e.multiple, i = d(t);
	if (!r || i || p(t)) {
		for (let a = 0, o = e.options.length; a < o; a++) {
			let o = e.options[a], s = $a(o);
			if (r) {
				if (i) {
					let e = typeof s;
					o.selected = e === "string" || e === "number" ? t.some((e) => String(e) === String(s)) : Te(t, s) > -1;
				} else o.selected = t.has(s) || n && typeof s == "string" && t.has(de(s));
			} else if (we($a(o), t)) {
				e.selectedIndex !== a && (e.selectedIndex = a);
				return;
			}
		}
		!r && e.selectedIndex !== -1 && (e.selectedIndex = -1);
	}
}
function $a(e) {
	return "_value" in e ? e._value : e.value;
}
function eo(e, t) {
	let n = t ? "_trueValue" : "_falseValue";
	return n in e ? e[n] : t;
}
var to = [
	"ctrl",
	"shift",
	"alt",
	"meta"
], no = {
	stop: (e) => e.stopPropagation(),
	prevent: (e) => e.preventDefault(),
	self: (e) => e.target !== e.currentTarget,
	ctrl: (e) => !e.ctrlKey,
	shift: (e) => !e.shiftKey,
	alt: (e) => !e.altKey,
	meta: (e) => !e.metaKey,
	left: (e) => "button" in e && e.button !== 0,
	middle: (e) => "button" in e && e.button !== 1,
	right: (e) => "button" in e && e.button !== 2,
	exact: (e, t) => to.some((n) => e[`${n}Key`] && !t.includes(n))
}, ro = (e, t) => {
	if (!e) return e;
	let n = e._withMods ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n, ...r) => {
		for (let e = 0; e < t.length; e++) {
			let r = no[t[e]];
			if (r && r(n, t)) return;
		}
		return e(n, ...r);
	}));
}, io = {
	esc: "escape",
	space: " ",
	up: "arrow-up",
	left: "arrow-left",
	right: "arrow-right",
	down: "arrow-down",
	delete: "backspace"
}, ao = (e, t) => {
	let n = e._withKeys ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n) => {
		if (!("key" in n)) return;
		let r = ae(n.key);
		if (t.some((e) => e === r || io[e] === r)) return e(n);
	}));
}, oo = /* @__PURE__ */ s({ patchProp: Ra }, la), so;
function co() {
	return so ||= Zr(oo);
}
var lo = ((...e) => {
	let t = co().createApp(...e), { mount: n } = t;
	return t.mount = (e) => {
		let r = fo(e);
		if (!r) return;
		let i = t._component;
		h(i) || i.render || i.template || (i.template = r.innerHTML), r.nodeType === 1 && (r.textContent = "");
		let a = n(r, !1, uo(r));
		return r instanceof Element && (r.removeAttribute("v-cloak"), r.setAttribute("data-v-app", "")), a;
	}, t;
});
function uo(e) {
	if (e instanceof SVGElement) return "svg";
	if (typeof MathMLElement == "function" && e instanceof MathMLElement) return "mathml";
}
function fo(e) {
	return g(e) ? document.querySelector(e) : e;
}
// src/source/types.ts
var po = class extends Error {}, mo = {
	state: "unknown",
	value: null,
	lo: null,
	hi: null
}, ho = (e) => typeof e == "number" && Number.isFinite(e) ? e : null;
function go(e, t) {
	if (!e || e.exact === null || e.exact === void 0) return mo;
	let n = ho(e[t]);
	if (e.exact && n !== null) return {
		state: "exact",
		value: n,
		lo: n,
		hi: n
	};
	let r = ho(e[`${t}_lo`]), i = ho(e[`${t}_hi`]);
	return r === null && i === null ? mo : {
		state: "bound",
		value: null,
		lo: r,
		hi: i
	};
}
function _o(e) {
	if (!e.length) return mo;
	let t = 0, n = 0, r = !0;
	for (let i of e) {
		if (!i) return mo;
		let e = ho(i.delta_logprob);
		if (e !== null) {
			t = t === null ? null : t + e, n = n === null ? null : n + e;
			continue;
		}
		let a = ho(i.delta_logprob_lo), o = ho(i.delta_logprob_hi);
		if (a === null && o === null) return mo;
		r = !1, t = t === null || a === null ? null : t + a, n = n === null || o === null ? null : n + o;
	}
	return r ? {
		state: "exact",
		value: t,
		lo: t,
		hi: n
	} : {
		state: "bound",
		value: null,
		lo: t,
		hi: n
	};
}
function vo(e) {
	return e.state === "exact" ? e.value : e.state === "bound" ? e.lo ?? e.hi : null;
}
function yo(e, t) {
	let n = Math.abs(e).toFixed(t);
	return Number(n) === 0 ? n : (e < 0 ? "−" : "+") + n;
}
function bo(e, t = 2, n = !1) {
	let r = (e) => n ? yo(e, t) : e.toFixed(t);
	if (e.state === "exact" && e.value !== null) return r(e.value);
	if (e.state === "bound") {
		if (e.lo !== null && e.hi !== null) return e.lo === e.hi ? r(e.lo) : `${r(e.lo)} \u2026 ${r(e.hi)}`;
		if (e.lo !== null) return `\u2265 ${r(e.lo)}`;
		if (e.hi !== null) return `\u2264 ${r(e.hi)}`;
	}
	return "unknown";
}
var xo = {
	about: "The colour scales every tracegen picture uses (viewer, figures, compare page). One file, read by the viewer at build time and by Python at run time, so a figure's colours are the page's. Colours are interpolated linearly in sRGB between evenly spaced stops; a value is first mapped to [0, 1] by its metric's domain (clamped). ColorBrewer palettes, colour-blind safe. Text on a swatch is text_on_dark below dark_below_luminance, else text_on_light: 0.18 is where white and black contrast equally (4.6:1), so every swatch's text reaches WCAG's 4.5:1.",
	sequential: {
		name: "YlGnBu (ColorBrewer, 9 classes)",
		stops: [
			"#ffffd9",
			"#edf8b1",
			"#c7e9b4",
			"#7fcdbb",
			"#41b6c4",
			"#1d91c0",
			"#225ea8",
			"#253494",
			"#081d58"
		]
	},
	diverging: {
		name: "PuOr (ColorBrewer, 9 classes), orange = lower in B, purple = higher in B",
		stops: [
			"#b35806",
			"#e08214",
			"#fdb863",
			"#fee0b6",
			"#f7f7f7",
			"#d8daeb",
			"#b2abd2",
			"#8073ac",
			"#542788"
		]
	},
	dark: {
		about: "The page's scales in dark mode (prefers-color-scheme: dark): the light ones end in navy and deep purple, which vanish on a dark background. Every stop has at least 3:1 contrast against each dark background (viewer/src/model/scales.test.ts checks it); high values are bright. Figures are drawn on white and keep the light scales.",
		backgrounds: [
			"#15181d",
			"#1a1e24",
			"#1c2027"
		],
		sequential: {
			name: "viridis from 0.33 (matplotlib), its first stop lightened",
			stops: [
				"#3a72a0",
				"#2d7f96",
				"#23888e",
				"#1f988b",
				"#22a884",
				"#44bf70",
				"#7ad151",
				"#bddf26",
				"#fde725"
			]
		},
		diverging: {
			name: "PuOr lightened for dark backgrounds: grey = no difference, orange = lower in B, lavender = higher in B",
			stops: [
				"#fdb863",
				"#eda25a",
				"#d68e55",
				"#b07f66",
				"#7d7d85",
				"#8f88b3",
				"#a59dd6",
				"#bcb3ec",
				"#d4cdfa"
			]
		}
	},
	metrics: {
		probability: {
			scale: "sequential",
			domain: [0, 1],
			unit: "",
			label: "probability"
		},
		surprisal: {
			scale: "sequential",
			domain: [0, 10],
			unit: "bits",
			label: "surprisal (bits)"
		},
		entropy: {
			scale: "sequential",
			domain: [0, 5],
			unit: "bits",
			label: "entropy (bits)"
		},
		delta_logprob: {
			scale: "diverging",
			domain: [-3, 3],
			unit: "nats",
			label: "Δ logprob (B − A, nats)"
		},
		divergence: {
			scale: "sequential",
			domain: [0, 2],
			unit: "nats",
			label: "divergence (nats)"
		}
	},
	text_on_dark: "#ffffff",
	text_on_light: "#000000",
	dark_below_luminance: .18
}, So = [
	"probability",
	"surprisal",
	"entropy"
];
function Co(e) {
	return [
		1,
		3,
		5
	].map((t) => parseInt(e.slice(t, t + 2), 16));
}
var wo = {
	sequential: xo.sequential.stops.map(Co),
	diverging: xo.diverging.stops.map(Co)
}, To = {
	sequential: xo.dark.sequential.stops.map(Co),
	diverging: xo.dark.diverging.stops.map(Co)
}, Eo = /* @__PURE__ */ M(!1);
function Do(e) {
	return Eo.value ? xo.dark[e].stops : xo[e].stops;
}
function Oo(e) {
	return xo.metrics[e];
}
var ko = (e) => e.toString(16).padStart(2, "0"), Ao = (e) => Math.floor(e + .5);
function jo(e, t, n) {
	let { scale: r, domain: [i, a] } = n ? {
		scale: Oo(e).scale,
		domain: n
	} : Oo(e), o = (Eo.value ? To : wo)[r], s = Math.min(1, Math.max(0, (t - i) / (a - i))) * (o.length - 1), c = Math.min(Math.floor(s), o.length - 2), l = s - c, [u, d] = [o[c], o[c + 1]];
	return "#" + u.map((e, t) => ko(Ao(e + (d[t] - e) * l))).join("");
}
function Mo(e) {
	let t = Co(e).map((e) => {
		let t = e / 255;
		return t <= .03928 ? t / 12.92 : ((t + .055) / 1.055) ** 2.4;
	});
	return .2126 * t[0] + .7152 * t[1] + .0722 * t[2];
}
function No(e) {
	return Mo(e) < xo.dark_below_luminance ? xo.text_on_dark : xo.text_on_light;
}
function Po(e, t = "to right") {
	return `linear-gradient(${t}, ${Do(Oo(e).scale).join(", ")})`;
}
function Fo(e, t, n) {
	if (e === "entropy") return n?.entropy == null ? NaN : n.entropy / Math.LN2;
	let r = t.logprob;
	return r == null ? NaN : e === "probability" ? Math.exp(r) : -r / Math.LN2;
}
function Io(e, t) {
	return Number.isNaN(t) ? "unknown" : e === "probability" ? Ro(t) : `${t.toFixed(2)} bits`;
}
function Lo(e, t) {
	let [n, r] = t ?? Oo(e).domain, i = e === "entropy" ? 5 : e === "delta_logprob" ? 6 : 4, a = (e) => String(Number(e.toPrecision(3)));
	return Array.from({ length: i + 1 }, (t, o) => {
		let s = n + (r - n) * o / i, c = e === "probability" ? `${Math.round(s * 100)}%` : `${o === i ? "≥ " : o === 0 && n < 0 ? "≤ " : ""}${s < 0 ? "−" + a(-s) : s > 0 && n < 0 ? "+" + a(s) : a(s)}`;
		return {
			at: o / i,
			label: c
		};
	});
}
function Ro(e) {
	return e >= 0 ? e >= .1 ? (e * 100).toFixed(1) + "%" : e >= .001 ? (e * 100).toFixed(2) + "%" : (e * 100).toExponential(1) + "%" : "–";
}
// src/model/tokens.ts
function zo(e) {
	let t = new Uint8Array(e.length >> 1);
	for (let n = 0; n < t.length; n++) t[n] = parseInt(e.substr(n * 2, 2), 16);
	return t;
}
function Bo(e) {
	return e < 128 ? 1 : e >= 240 && e < 248 ? 4 : e >= 224 ? e < 240 ? 3 : 1 : e >= 192 ? 2 : 1;
}
function Vo(e) {
	let t = 0;
	for (; t < e.length;) t += Bo(e[t]);
	return t === e.length;
}
var Ho = new TextDecoder("utf-8");
function Uo(e) {
	let t = /* @__PURE__ */ new Map();
	for (let [n, r] of Object.entries(e)) t.set(Number(n), r);
	return t;
}
var Wo = (e) => typeof e == "number" && e < 0;
function Go(e) {
	for (let t of e?.runs ?? []) {
		if ((t.prompt_token_ids ?? []).some(Wo)) return !0;
		for (let e of t.nodes) {
			if (Wo(e.token)) return !0;
			let t = e.top;
			if (t) {
				for (let e = 0; e < t.length; e++) if (t[e][0] < 0) return !0;
			}
		}
	}
	return !1;
}
var Ko = "text only: no single token id matched", qo = class {
	text = /* @__PURE__ */ new Map();
	bytes = /* @__PURE__ */ new Map();
	baseText;
	baseBytes;
	allText = null;
	allBytes = null;
	special;
	constructor(e, t = []) {
		this.special = new Set(t), this.baseText = e.tokens, this.baseBytes = e.token_bytes ?? {};
	}
	add(e) {
		for (let [t, n] of Object.entries(e.tokens)) this.text.set(Number(t), n);
		for (let [t, n] of Object.entries(e.token_bytes ?? {})) this.bytes.set(Number(t), zo(n));
	}
	textOf(e) {
		let t = this.text.get(e);
		if (t !== void 0) return t;
		let n = this.baseText[e];
		return typeof n == "string" ? n : (this.allText ??= Uo(this.baseText), this.allText.get(e));
	}
	bytesOf(e) {
		let t = this.bytes.get(e);
		if (t !== void 0) return t;
		let n = this.baseBytes[e];
		if (typeof n != "string" && (this.allBytes ??= Uo(this.baseBytes), n = this.allBytes.get(e)), n === void 0) return;
		let r = zo(n);
		return this.bytes.set(e, r), r;
	}
	display(e) {
		return this.textOf(e) ?? `<${e}>`;
	}
	searchText(e) {
		return this.bytesOf(e) ? "" : this.display(e);
	}
	isSpecial(e) {
		return this.special.has(e);
	}
	segments(e) {
		let t = [], n = [], r = -1, i = (e) => {
			r < 0 || (t.push({
				start: r,
				end: e,
				text: Ho.decode(new Uint8Array(n))
			}), n = [], r = -1);
		};
		return e.forEach((e, a) => {
			let o = this.bytesOf(e);
			if (!o) i(a), t.push({
				start: a,
				end: a + 1,
				text: this.display(e)
			});
			else {
				r < 0 && (r = a);
				for (let e of o) n.push(e);
				Vo(n) && i(a + 1);
			}
		}), i(e.length), t;
	}
	decode(e) {
		return this.segments(e).map((e) => e.text).join("");
	}
}, Jo = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]/g, Yo = {
	"؜": "ALM",
	"​": "ZWSP",
	"‌": "ZWNJ",
	"‍": "ZWJ",
	"‎": "LRM",
	"‏": "RLM",
	"‪": "LRE",
	"‫": "RLE",
	"‬": "PDF",
	"‭": "LRO",
	"‮": "RLO",
	"\u2028": "LSEP",
	"\u2029": "PSEP",
	"⁠": "WJ",
	"⁦": "LRI",
	"⁧": "RLI",
	"⁨": "FSI",
	"⁩": "PDI",
	"﻿": "ZWNBSP",
	"­": "SHY",
	"": "NEL",
	"\0": "NUL",
	"\x1B": "ESC"
};
function Xo(e) {
	return `\u27e8${Yo[e] ?? `U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`}\u27e9`;
}
function Zo(e) {
	return e.replace(Jo, Xo);
}
var Qo = (e) => `\u2068${e}\u2069`;
function $o(e) {
	return Zo(e).replace(/ /g, "·").replace(/\t/g, "→").replace(/\r/g, "␍").replace(/\n/g, "↵\n");
}
function es(e) {
	return e === "" ? "∅" : Zo(e).replace(/ /g, "·").replace(/\t/g, "→").replace(/\r/g, "␍").replace(/\n/g, "↵");
}
// src/model/metrics.ts
function ts(e) {
	let t = e.length, n = 0;
	for (let r of e) {
		if (r.logprob === null || r.logprob === void 0) return {
			tokens: t,
			totalLogprob: null,
			meanSurprisalNats: null,
			meanSurprisalBits: null,
			perplexity: null
		};
		n += r.logprob;
	}
	if (t === 0) return {
		tokens: 0,
		totalLogprob: n,
		meanSurprisalNats: null,
		meanSurprisalBits: null,
		perplexity: null
	};
	let r = -n / t;
	return {
		tokens: t,
		totalLogprob: n,
		meanSurprisalNats: r,
		meanSurprisalBits: r / Math.LN2,
		perplexity: Math.exp(r)
	};
}
function ns(e, t) {
	return e === null || !Number.isFinite(e) ? "–" : e.toFixed(t).replace(/^-/, "−");
}
// src/model/runIndex.ts
var rs = class {
	run;
	byId = /* @__PURE__ */ new Map();
	kids = /* @__PURE__ */ new Map();
	depthOf = /* @__PURE__ */ new Map();
	bestResult = /* @__PURE__ */ new Map();
	resultAt = /* @__PURE__ */ new Map();
	chainsCache = null;
	sizes = null;
	constructor(e) {
		this.run = e;
		for (let t of e.nodes) this.index(t);
		this.indexResults();
	}
	index(e) {
		if (this.byId.set(e.id, e), e.parent === null) this.depthOf.set(e.id, 0);
		else {
			let t = this.kids.get(e.parent);
			t ? t.push(e.id) : this.kids.set(e.parent, [e.id]), this.depthOf.set(e.id, (this.depthOf.get(e.parent) ?? 0) + 1);
		}
	}
	indexResults() {
		this.bestResult.clear(), this.resultAt.clear(), this.run.results.forEach((e, t) => {
			this.resultAt.has(e.node) || this.resultAt.set(e.node, t);
			let n = e.node;
			for (; n !== null;) {
				let e = this.bestResult.get(n);
				if (e !== void 0 && e <= t) break;
				this.bestResult.set(n, t), n = this.byId.get(n)?.parent ?? null;
			}
		});
	}
	get root() {
		return this.run.nodes[0];
	}
	get size() {
		return this.run.nodes.length;
	}
	node(e) {
		return this.byId.get(e);
	}
	has(e) {
		return this.byId.has(e);
	}
	depth(e) {
		return this.depthOf.get(e) ?? 0;
	}
	children(e) {
		return this.kids.get(e) ?? [];
	}
	childByToken(e, t) {
		for (let n of this.children(e)) {
			let e = this.byId.get(n);
			if (e && e.token === t) return e;
		}
	}
	subtreeSize(e) {
		if (!this.sizes) {
			let e = /* @__PURE__ */ new Map(), t = this.run.nodes;
			for (let n = t.length - 1; n >= 0; n--) {
				let r = t[n], i = e.get(r.id) ?? 0;
				e.set(r.id, i), r.parent !== null && e.set(r.parent, (e.get(r.parent) ?? 0) + i + 1);
			}
			this.sizes = e;
		}
		return this.sizes.get(e) ?? 0;
	}
	path(e) {
		let t = [], n = e;
		for (; n !== null;) {
			let e = this.byId.get(n);
			if (!e) break;
			t.push(e), n = e.parent;
		}
		return t.reverse();
	}
	isAncestorOrSelf(e, t) {
		let n = t;
		for (; n !== null;) {
			if (n === e) return !0;
			n = this.byId.get(n)?.parent ?? null;
		}
		return !1;
	}
	resultRank(e) {
		return this.resultAt.get(e);
	}
	isPruned(e) {
		return this.run.strategy.name === "beam" && this.run.results.length > 0 && !this.bestResult.has(e);
	}
	preferredChild(e) {
		let t = this.children(e);
		if (t.length === 0) return;
		let n = t[0], r = [Infinity, -Infinity];
		for (let e of t) {
			let t = this.byId.get(e), i = [this.bestResult.get(e) ?? Infinity, t.logprob ?? -Infinity];
			(i[0] < r[0] || i[0] === r[0] && i[1] > r[1]) && (n = e, r = i);
		}
		return n;
	}
	extend(e) {
		let t = e;
		for (;;) {
			let e = this.preferredChild(t);
			if (e === void 0) return t;
			t = e;
		}
	}
	addNode(e) {
		return this.byId.has(e.id) ? (Object.assign(this.byId.get(e.id), e), !1) : (this.run.nodes.push(e), this.index(e), this.chainsCache = null, this.sizes = null, !0);
	}
	chains() {
		if (this.chainsCache) return this.chainsCache;
		let e = (e, t) => {
			let n = [e], r = e;
			for (; this.children(r).length === 1;) r = this.children(r)[0], n.push(r);
			return {
				nodes: n,
				level: t,
				children: []
			};
		}, t = this.children(this.root.id).map((t) => e(t, 0)), n = [...t];
		for (; n.length;) {
			let t = n.pop(), r = t.nodes[t.nodes.length - 1];
			t.children = this.children(r).map((n) => e(n, t.level + 1));
			for (let e of t.children) n.push(e);
		}
		return this.chainsCache = t, t;
	}
	setResults(e) {
		this.run.results = e, this.indexResults();
	}
}, is = (e) => typeof e?.top_mass == "number", as = (e) => typeof e?.top_mass == "number" ? e.top_mass : cs(e?.top ?? null);
function os(e, t) {
	if (typeof e.rank == "number") return `rank ${e.rank + 1}`;
	let n = t?.top;
	if (!n) return "rank unknown";
	let r = n.findIndex(([t]) => t === e.token);
	return r >= 0 ? `rank ${r + 1}` : `rank > ${n.length}`;
}
var ss = (e) => e?.finish === "eos" || e?.finish === "stop";
function cs(e) {
	if (!e) return NaN;
	let t = 0;
	for (let n = 0; n < e.length; n++) t += Math.exp(e[n][1]);
	return t;
}
// src/state.ts
var ls = /* @__PURE__ */ Zt(null), us = /* @__PURE__ */ Zt(null), W = /* @__PURE__ */ Zt(Jt(new qo({ tokens: {} }))), ds = /* @__PURE__ */ Zt(/* @__PURE__ */ new Map()), fs = /* @__PURE__ */ M(0), ps = /* @__PURE__ */ M(null), ms = /* @__PURE__ */ M(!1), hs = /* @__PURE__ */ M(null), gs = /* @__PURE__ */ M(!1), G = /* @__PURE__ */ M(""), K = /* @__PURE__ */ M(0), q = /* @__PURE__ */ M(1), _s = /* @__PURE__ */ M(-1), vs = /* @__PURE__ */ M(!1), J = /* @__PURE__ */ M("text"), ys = /* @__PURE__ */ M("probability"), bs = /* @__PURE__ */ M(""), xs = /* @__PURE__ */ M(null), Ss = U(() => ls.value?.mode === "live"), Y = U(() => (fs.value, ds.value.get(G.value) ?? null)), X = U(() => Y.value?.run ?? null), Z = U(() => {
	fs.value;
	let e = Y.value;
	return e ? e.path(K.value) : [];
}), Cs = U(() => {
	let e = Z.value;
	if (!e.length) return 0;
	let t = e[e.length - 1];
	return t.top && !ss(t) ? e.length : e.length - 1;
}), ws = /* @__PURE__ */ M("score"), Ts = U(() => {
	fs.value;
	let e = Y.value;
	if (!e) return [];
	let t = e.run.results.map((t, n) => ({
		result: t,
		recorded: n,
		metrics: ts(e.path(t.node).slice(1))
	})), n = ws.value;
	if (n === "score") return t;
	let r = (e) => {
		let t = e.metrics;
		return (n === "total" ? t.totalLogprob : t.meanSurprisalNats === null ? null : -t.meanSurprisalNats) ?? -Infinity;
	};
	return [...t].sort((e, t) => r(t) - r(e));
}), Es = U(() => {
	let e = /* @__PURE__ */ new Map();
	return Ts.value.forEach((t, n) => {
		e.has(t.result.node) || e.set(t.result.node, n);
	}), e;
}), Q = U(() => Z.value[q.value]), $ = U(() => Z.value[q.value - 1]);
function Ds(e) {
	let t = X.value;
	return !t || t.prompt_token_ids.some(Wo) ? !1 : !Z.value.slice(1, e).some((e) => Wo(e.token));
}
var Os = "a text-only token (no token id) cannot be fed to the model";
function ks(e) {
	return `node ${e.id} ended the sequence (${e.finish === "eos" ? "EOS" : "stop"}): branch from an earlier token`;
}
function As(e, t) {
	ls.value = Jt(e), us.value = Jt(t), W.value = Jt(new qo(t, t.model.special_token_ids ?? []));
	let n = /* @__PURE__ */ new Map();
	for (let e of t.runs) n.set(e.id, Jt(new rs(e)));
	ds.value = n, t.runs.length && js(t.runs[0].id), fs.value++;
}
function js(e) {
	let t = ds.value.get(e);
	if (!t) return;
	G.value = e, xs.value = null;
	let n = t.run.results[0]?.node;
	K.value = n !== void 0 && t.has(n) ? n : t.extend(t.root.id), q.value = 1, _s.value = -1;
}
function Ms(e, t) {
	let n = Y.value;
	n && n.has(e) && (t !== void 0 && n.has(t) && n.isAncestorOrSelf(e, t) ? K.value = t : n.isAncestorOrSelf(e, K.value) || (K.value = n.extend(e)), q.value = Math.max(1, n.depth(e)), _s.value = -1, xs.value = null);
}
function Ns(e) {
	let t = Y.value;
	t && t.has(e) && (K.value = e, q.value = t.depth(e) + 1, _s.value = -1, xs.value = null);
}
function Ps(e) {
	let t = Math.min(Math.max(1, q.value + e), Math.max(1, Cs.value));
	t !== q.value && (q.value = t, _s.value = -1, xs.value = null);
}
function Fs(e) {
	W.value.add(e);
	let t = us.value;
	t && (Object.assign(t.tokens, e.tokens), e.token_bytes && (t.token_bytes = Object.assign(t.token_bytes ?? {}, e.token_bytes)));
}
async function Is(e) {
	hs.value = null, gs.value = !0;
	try {
		return await e();
	} catch (e) {
		hs.value = e.message;
		return;
	} finally {
		gs.value = !1;
	}
}
function Ls(e, t) {
	t && e.setResults(t);
}
async function Rs(e) {
	let t = Y.value, n = $.value;
	if (!t || !n) return;
	if (ss(n)) {
		xs.value = ks(n);
		return;
	}
	let r = ls.value, i = r?.mode === "live", a = t.childByToken(n.id, e);
	if (a && !(i && a.top)) {
		Ms(a.id);
		return;
	}
	let o = a;
	if (!o) {
		if (!r || !i) {
			xs.value = `the branch through ${JSON.stringify(W.value.display(e))} was not recorded: this trace holds only the paths its strategy explored (explore any token live with \`tracegen serve\`)`;
			return;
		}
		if (Wo(e) || !Ds(q.value)) {
			hs.value = Os;
			return;
		}
		let a = await Is(() => r.expand(t.run.id, n.id, e));
		if (!a) return;
		zs(t, [a.node], a), o = a.node;
	}
	Bs(o);
}
function zs(e, t, n) {
	Fs(n);
	for (let n of t) e.addNode(n);
	Ls(e, n.results), fs.value++;
}
function Bs(e) {
	e.top ? Ns(e.id) : Ms(e.id, e.id);
}
async function Vs(e) {
	let t = Y.value, n = ls.value;
	if (!t || !n || n.mode !== "live") return;
	let r = Q.value ?? Z.value[Z.value.length - 1];
	if (!r) return;
	if (ss(r)) {
		hs.value = ks(r);
		return;
	}
	if (!Ds(q.value + 1)) {
		hs.value = Os;
		return;
	}
	let i = await Is(() => n.continueRun(t.run.id, r.id, e));
	if (!i) return;
	zs(t, i.nodes, i);
	let a = i.nodes[i.nodes.length - 1];
	a && Ms(a.id, a.id);
}
async function Hs(e, t) {
	let n = ls.value, r = us.value;
	if (!n || !r || n.mode !== "live") return;
	let i = await Is(() => n.newRun(e, t));
	i && Us(r, i);
}
function Us(e, t) {
	if (Fs(t), t.results && (t.run.results = t.results), !ds.value.has(t.run.id)) {
		e.runs.push(t.run);
		let n = new Map(ds.value);
		n.set(t.run.id, Jt(new rs(t.run))), ds.value = n, fs.value++;
	}
	js(t.run.id);
}
function Ws(e) {
	let t = us.value;
	if (!t) return;
	if (e.op === "runs") {
		Us(t, e.reply);
		return;
	}
	let n = ds.value.get(e.run);
	if (!n) return;
	let r = e.op === "expand" ? [e.reply.node] : e.reply.nodes;
	zs(n, r, e.reply), G.value !== e.run && js(e.run);
	let i = r[r.length - 1];
	i && (e.op === "expand" ? Bs(i) : Ms(i.id, i.id));
}
var Gs = /* @__PURE__ */ Zt(null), Ks = U(() => Gs.value !== null), qs = /* @__PURE__ */ M("delta_logprob"), Js = /* @__PURE__ */ M(-1);
function Ys(e) {
	let t = Gs.value;
	return t && e ? t.get(G.value, e.id) : void 0;
}
function Xs(e) {
	let t = Gs.value;
	return t && e ? t.distributionAfter(G.value, e.id) : void 0;
}
function Zs(e, t, n) {
	return e === "delta_logprob" ? _o(t.map(Ys)) : go(Ys(t[0]) ?? Xs(n), Gs.value?.comparison.divergence ?? "kl_ab");
}
function Qs(e) {
	if (!(e > 0) || !Number.isFinite(e)) return 0;
	let t = 10 ** Math.floor(Math.log10(e));
	for (let n of [
		1,
		2,
		5,
		10
	]) if (n * t >= e * (1 - 1e-9)) return Number((n * t).toPrecision(12));
	return 10 * t;
}
var $s = {
	delta_logprob: .001,
	divergence: 1e-4
}, ec = U(() => {
	let e = Gs.value?.comparison;
	return e ? e.nodes.filter((e) => e.run === G.value) : [];
});
function tc(e, t) {
	return e === "delta_logprob" ? _o([t]) : go(t, Gs.value?.comparison.divergence ?? "kl_ab");
}
var nc = U(() => {
	let e = {};
	for (let t of ["delta_logprob", "divergence"]) {
		let n = Oo(t).domain[1], r = 0;
		for (let e of ec.value) {
			if (t === "divergence" && e.next) continue;
			let n = vo(tc(t, e));
			n !== null && (r = Math.max(r, Math.abs(n)));
		}
		let i = Math.min(n, Math.max($s[t], Qs(r)));
		e[t] = t === "delta_logprob" ? [-i, i] : [0, i];
	}
	return e;
});
function rc(e, t) {
	return jo(e, t, nc.value[e]);
}
var ic = (e) => e === "delta_logprob" || e === "divergence";
function ac(e) {
	return ic(e) && Ks.value ? nc.value[e] : Oo(e).domain;
}
function oc(e, t) {
	return ic(e) && Ks.value ? rc(e, t) : jo(e, t);
}
var sc = U(() => {
	let e = {};
	for (let t of ["delta_logprob", "divergence"]) {
		let n = 0, r = 0;
		for (let e of ec.value) {
			let i = tc(t, e);
			i.state !== "unknown" && n++, i.state === "bound" && r++;
		}
		e[t] = n > 0 && r * 2 > n;
	}
	return e;
}), cc = U(() => Ks.value ? qs.value : ys.value);
function lc(e, t) {
	if (!Ks.value) {
		let n = Fo(ys.value, e, t);
		return {
			value: n,
			bound: !1,
			text: Io(ys.value, n)
		};
	}
	let n = qs.value, r = Zs(n, [e], t), i = vo(r) ?? NaN;
	return {
		value: i,
		colour: Number.isNaN(i) ? void 0 : rc(n, i),
		bound: r.state === "bound" && !sc.value[n],
		text: r.state === "unknown" ? "unknown" : `${bo(r, uc(n), n === "delta_logprob")} nats`
	};
}
function uc(e) {
	let t = nc.value[e][1];
	return Math.max(2, Math.min(5, 2 - Math.floor(Math.log10(t))));
}
var dc = /* @__PURE__ */ M(-1), fc = U(() => {
	let e = Gs.value?.comparison;
	if (!e) return [];
	let t = /* @__PURE__ */ new Set(), n = [];
	for (let r of e.nodes) {
		let e = `${r.context_node}\u0000${r.run}`;
		r.top1_agree !== !1 || t.has(e) || (t.add(e), n.push(r));
	}
	return n;
});
function pc(e) {
	let t = fc.value;
	if (!t.length) return;
	let n = dc.value < 0 ? e > 0 ? 0 : t.length - 1 : (dc.value + e + t.length) % t.length;
	dc.value = n, mc(t[n].run, t[n].node, t[n].next);
}
function mc(e, t, n) {
	G.value !== e && js(e), Y.value?.has(t) && (n ? Ns(t) : Ms(t));
}
function hc(e) {
	let t = Gs.value?.comparison.order;
	if (!t?.length) return;
	let n = Js.value < 0 ? e > 0 ? 0 : t.length - 1 : (Js.value + e + t.length) % t.length;
	Js.value = n;
	let [r, i, a] = t[n];
	mc(r, i, a);
}
// src/compareView.ts
var gc = Symbol("tracegen-compare-view");
// src/composables/useKeyboard.ts
function _c() {
	let e = $.value?.top;
	if (!e || !e.length) return -1;
	if (_s.value >= 0) return Math.min(_s.value, e.length - 1);
	let t = Q.value?.token;
	return e.findIndex(([e]) => e === t);
}
function vc(e) {
	let t = $.value?.top;
	if (!t || !t.length) return;
	let n = _c(), r = n < 0 ? e > 0 ? -1 : t.length : n;
	_s.value = Math.min(Math.max(0, r + e), t.length - 1);
}
function yc() {
	let e = $.value?.top, t = _c();
	e && t >= 0 && Rs(e[t][0]);
}
function bc(e) {
	let t = e.target;
	return t && (t.isContentEditable || [
		"INPUT",
		"TEXTAREA",
		"SELECT"
	].includes(t.tagName)) ? !1 : !(e.altKey || e.ctrlKey || e.metaKey);
}
function xc(e) {
	let t = e.target;
	if (!bc(e) || e.key === "Enter" && t && ["BUTTON", "A"].includes(t.tagName)) return !1;
	switch (e.key) {
		case "ArrowLeft":
			Ps(-1);
			break;
		case "ArrowRight":
			Ps(1);
			break;
		case "ArrowUp":
			vc(-1);
			break;
		case "ArrowDown":
			vc(1);
			break;
		case "Home":
			Ps(-1e9);
			break;
		case "End":
			Ps(1e9);
			break;
		case "Enter":
			yc();
			break;
		default: return !1;
	}
	return e.preventDefault(), !0;
}
function Sc(e = window) {
	let t = (e) => {
		xc(e);
	};
	or(() => e.addEventListener("keydown", t)), sr(() => e.removeEventListener("keydown", t));
}
// src/composables/useDivergenceKeys.ts
function Cc(e) {
	if (!bc(e)) return !1;
	if (e.key === "n") hc(1);
	else if (e.key === "N" || e.key === "p") hc(-1);
	else if (e.key === "d") pc(1);
	else if (e.key === "D") pc(-1);
	else return !1;
	return e.preventDefault(), !0;
}
function wc(e = window) {
	let t = (e) => {
		Cc(e);
	};
	or(() => e.addEventListener("keydown", t)), sr(() => e.removeEventListener("keydown", t));
}
// src/composables/useHashRoute.ts
function Tc(e) {
	let t = new URLSearchParams(e.replace(/^#/, "")), n = t.get("run"), r = Number(t.get("node"));
	if (n === null || !Number.isInteger(r)) return null;
	let i = t.has("leaf") ? Number(t.get("leaf")) : void 0;
	return {
		run: n,
		node: r,
		leaf: Number.isInteger(i) ? i : void 0,
		next: t.get("next") === "1"
	};
}
function Ec(e) {
	let t = new URLSearchParams({
		run: e.run,
		node: String(e.node)
	});
	return e.leaf !== void 0 && t.set("leaf", String(e.leaf)), e.next && t.set("next", "1"), "#" + t.toString();
}
function Dc(e) {
	return js(e.run), G.value !== e.run || !Y.value?.has(e.node) ? !1 : (e.next ? Ns(e.node) : Ms(e.node, e.leaf), !0);
}
function Oc() {
	let e = Z.value, t = Y.value;
	if (!t || !e.length) return null;
	let n = e[q.value];
	if (!n) return {
		run: G.value,
		node: K.value,
		next: !0
	};
	let r = {
		run: G.value,
		node: n.id
	};
	return t.extend(n.id) !== K.value && (r.leaf = K.value), r;
}
function kc(e, t) {
	try {
		return e.history.replaceState(e.history.state, "", t), !0;
	} catch {
		return !1;
	}
}
function Ac(e = window) {
	let t = !0, n = () => {
		let t = Tc(e.location.hash);
		t && Dc(t);
	};
	n(), e.addEventListener("hashchange", n), P([
		G,
		K,
		q,
		Z
	], () => {
		let n = Oc();
		if (!n) return;
		let r = Ec(n);
		t && e.location.hash !== r && (t = kc(e, r));
	}, { immediate: !0 });
}
// src/model/steps.ts
function jc(e) {
	return e.slice(1).map((t, n) => {
		let r = e[n], i = t.logprob, a = i == null ? null : Math.exp(i);
		return {
			pos: n + 1,
			node: t,
			p: a,
			surprisalBits: a === null ? null : -i / Math.LN2,
			entropyBits: r.entropy === null || r.entropy === void 0 ? null : r.entropy / Math.LN2,
			margin: Mc(r, t, a)
		};
	});
}
function Mc(e, t, n) {
	if (n === null || !e.top?.length) return null;
	let r = -Infinity;
	for (let [n, i] of e.top) n !== t.token && i > r && (r = i);
	return r === -Infinity ? null : n - Math.exp(r);
}
function Nc(e, t, n) {
	let r = n ? -1 : 1;
	return [...e].sort((e, n) => {
		let i = e[t], a = n[t];
		return i === null || a === null ? i === a ? e.pos - n.pos : i === null ? 1 : -1 : (i - a) * r || e.pos - n.pos;
	});
}
function Pc(e, t) {
	let n = t === "uncertain" ? "entropyBits" : "p";
	return Nc(e, n, t === "uncertain").filter((e) => e[n] !== null);
}
// src/composables/useStepJumps.ts
var Fc = U(() => jc(Z.value)), Ic = /* @__PURE__ */ M({
	uncertain: -1,
	unlikely: -1
});
P(G, () => {
	Ic.value = {
		uncertain: -1,
		unlikely: -1
	};
});
function Lc(e, t = 1) {
	let n = Pc(Fc.value, e);
	if (!n.length) return;
	let r = Ic.value[e], i = r < 0 ? t > 0 ? 0 : n.length - 1 : (r + t + n.length) % n.length;
	Ic.value = {
		...Ic.value,
		[e]: i
	}, Ms(n[i].node.id);
}
function Rc(e) {
	if (!bc(e)) return !1;
	let t = e.key.toLowerCase() === "u" ? "uncertain" : e.key.toLowerCase() === "l" ? "unlikely" : null;
	return t ? (Lc(t, e.key === e.key.toLowerCase() ? 1 : -1), e.preventDefault(), !0) : !1;
}
function zc(e = window) {
	let t = (e) => {
		Rc(e);
	};
	or(() => e.addEventListener("keydown", t)), sr(() => e.removeEventListener("keydown", t));
}
// src/embedding.ts
var Bc = Symbol("tracegen-embedded"), Vc = {
	class: "tg-distribution",
	"data-testid": "distribution"
}, Hc = { class: "tg-distribution__head" }, Uc = {
	key: 0,
	class: "tg-distribution__chosen"
}, Wc = { "data-testid": "chosen-verb" }, Gc = ["title"], Kc = {
	class: "tg-num",
	"data-testid": "chosen-prob"
}, qc = {
	class: "tg-distribution__faint",
	"data-testid": "chosen-rank"
}, Jc = {
	key: 0,
	class: "tg-distribution__note",
	"data-testid": "sampler-note"
}, Yc = {
	key: 1,
	class: "tg-distribution__empty",
	"data-testid": "ended"
}, Xc = {
	key: 2,
	class: "tg-distribution__empty",
	"data-testid": "not-evaluated"
}, Zc = { class: "tg-distribution__stats" }, Qc = {
	class: "tg-num",
	"data-testid": "entropy"
}, $c = {
	key: 0,
	class: "tg-distribution__faint"
}, el = {
	key: 1,
	class: "tg-distribution__faint"
}, tl = {
	class: "tg-num",
	"data-testid": "mass"
}, nl = {
	key: 0,
	title: "exp(entropy): as uncertain as a uniform choice among this many tokens"
}, rl = {
	class: "tg-num",
	"data-testid": "effective"
}, il = [
	"aria-selected",
	"data-token",
	"data-rank",
	"title",
	"onClick"
], al = { class: "tg-num tg-distribution__rank" }, ol = ["title"], sl = { class: "tg-distribution__bar" }, cl = {
	class: "tg-num",
	"data-testid": "prob"
}, ll = {
	class: "tg-num r tg-distribution__lp",
	"data-testid": "logprob"
}, ul = { class: "tg-distribution__mark" }, dl = {
	key: 0,
	class: "tg-distribution__more",
	"data-testid": "more"
}, fl = {
	key: 1,
	class: "tg-distribution__outside",
	"data-testid": "chosen-below"
}, pl = { class: "tg-mono" }, ml = {
	key: 2,
	class: "tg-distribution__row tg-distribution__rest",
	"data-testid": "rest",
	title: "the probability of all tokens outside the top-k: not recorded"
}, hl = { class: "tg-distribution__bar" }, gl = { class: "tg-num" }, _l = {
	key: 3,
	class: "tg-distribution__outside"
}, vl = { class: "tg-mono" }, yl = {
	key: 4,
	class: "tg-distribution__notice",
	role: "status",
	"data-testid": "notice"
}, bl = {
	key: 5,
	class: "tg-distribution__foot"
}, xl = 100, Sl = /*@__PURE__*/ Xn({
	__name: "TgDistribution",
	setup(e) {
		let t = /* @__PURE__ */ M(xl);
		P($, () => {
			t.value = xl;
		});
		let n = U(() => ss($.value)), r = U(() => n.value ? 0 : $.value?.top?.length ?? 0), i = U(() => {
			let e = $.value, r = Y.value;
			if (!e || !e.top || !r || n.value) return [];
			let i = Q.value?.token, a = W.value, o = Math.exp(e.top[0]?.[1] ?? 0), s = Ss.value && Ds(q.value);
			return e.top.slice(0, t.value).map(([t, n], c) => {
				let l = r.childByToken(e.id, t), u = Math.exp(n), d = Wo(t);
				return {
					token: t,
					rank: c,
					lp: n,
					p: u,
					width: o > 0 ? u / o * 100 : 0,
					label: es(a.display(t)),
					special: a.isSpecial(t),
					unmapped: d,
					action: l !== void 0 || s && !d,
					chosen: t === i,
					child: l?.id,
					pruned: l ? r.isPruned(l.id) : !1,
					size: l ? r.subtreeSize(l.id) + 1 : 0
				};
			});
		}), a = U(() => (_s.value, _c()));
		P(_s, (e) => {
			e >= t.value && (t.value = Math.ceil((e + 1) / xl) * xl);
		});
		let o = U(() => {
			let e = Q.value, t = $.value?.top;
			return !e || !t ? -1 : t.findIndex(([t]) => t === e.token);
		}), s = U(() => {
			let e = Q.value;
			return !e || !$.value?.top || o.value >= 0 ? null : {
				label: es(W.value.display(e.token)),
				p: Math.exp(e.logprob ?? NaN)
			};
		}), c = U(() => o.value >= t.value), l = U(() => X.value?.strategy.name ?? ""), u = U(() => l.value === "forced" ? "given" : l.value === "sample" ? "sampled" : "chose"), d = U(() => {
			let e = X.value?.strategy;
			return !e || e.name !== "sample" ? null : [
				"temperature",
				"top_p",
				"seed"
			].filter((t) => e[t] !== void 0 && e[t] !== null).map((t) => `${t.replace("_", "-")} ${e[t]}`).join(", ");
		}), f = U(() => {
			let e = q.value;
			return Q.value ? `Token ${e} of ${Z.value.length - 1}` : "Next token after the path";
		}), p = U(() => as($.value)), m = U(() => $.value?.entropy ?? null), h = U(() => is($.value) && m.value === null), g = U(() => {
			let e = $.value?.top, t = Math.max(0, 1 - p.value);
			return {
				p: t,
				width: e?.length ? Math.min(100, t / Math.exp(e[0][1]) * 100) : 0
			};
		}), _ = U(() => $.value?.top?.length ?? X.value?.top_k ?? 0), v = U(() => Q.value ? os(Q.value, $.value) : "");
		function y(e, t) {
			_s.value = e, Rs(t);
		}
		let b = /* @__PURE__ */ M(null);
		return P(a, async (e) => {
			await Sn(), (b.value?.children[e])?.scrollIntoView?.({ block: "nearest" });
		}), (e, o) => (L(), R("section", Vc, [
			z("header", Hc, [z("h2", null, D(f.value), 1), N(Q) ? (L(), R("div", Uc, [
				z("span", Wc, D(u.value), 1),
				o[1] ||= V(),
				z("span", {
					class: E(["tg-distribution__tok tg-mono", { "tg-unmapped": N(Wo)(N(Q).token) }]),
					title: N(Wo)(N(Q).token) ? N(Ko) : void 0
				}, D(N(es)(N(W).display(N(Q).token))), 11, Gc),
				z("span", Kc, D(N(Ro)(Math.exp(N(Q).logprob ?? NaN))), 1),
				z("span", qc, D(v.value), 1)
			])) : H("", !0)]),
			d.value ? (L(), R("p", Jc, " The model's own distribution (temperature 1). Tokens were drawn after the sampler reshaped it: " + D(d.value) + ". ", 1)) : H("", !0),
			n.value && N($) ? (L(), R("div", Yc, " The sequence ended here (" + D(N($).finish === "eos" ? "end-of-sequence token" : "stopped") + "): no token follows it. To explore another continuation, select an earlier token and pick another candidate. ", 1)) : N($)?.top ? (L(), R(I, { key: 3 }, [
				z("dl", Zc, [
					z("div", null, [o[2] ||= z("dt", null, "entropy", -1), z("dd", Qc, [
						V(D(m.value === null ? "unknown" : `${m.value.toFixed(3)} nats`), 1),
						m.value === null ? H("", !0) : (L(), R("span", $c, " = " + D((m.value / Math.LN2).toFixed(3)) + " bits", 1)),
						h.value ? (L(), R("span", el, " (only the top-k was returned)")) : H("", !0)
					])]),
					z("div", null, [z("dt", null, "top-" + D(_.value) + " covers", 1), z("dd", tl, D((p.value * 100).toFixed(1)) + "%", 1)]),
					m.value === null ? H("", !0) : (L(), R("div", nl, [o[3] ||= z("dt", null, "effective choices", -1), z("dd", rl, D(Math.exp(m.value).toFixed(2)), 1)]))
				]),
				o[7] ||= z("div", { class: "tg-distribution__cols" }, [
					z("span", { title: "rank 1 = most likely" }, "rank"),
					z("span", null, "token"),
					z("span", null, "probability"),
					z("span", { class: "r" }, "logprob"),
					z("span")
				], -1),
				z("ol", {
					ref_key: "list",
					ref: b,
					class: "tg-distribution__rows",
					role: "listbox",
					"aria-label": "top-k candidates"
				}, [(L(!0), R(I, null, F(i.value, (e, t) => (L(), R("li", {
					key: e.token,
					role: "option",
					"aria-selected": e.chosen,
					class: E(["tg-distribution__row", {
						"tg-distribution__row--chosen": e.chosen,
						"tg-distribution__row--focus": t === a.value,
						"tg-distribution__row--branch": e.child !== void 0,
						"tg-distribution__row--pruned": e.pruned,
						"tg-distribution__row--action": e.action
					}]),
					"data-token": e.token,
					"data-rank": e.rank + 1,
					title: e.child === void 0 ? e.action ? "click to extend the path with this token" : "" : `recorded branch: ${e.size} node(s) — click to follow`,
					onClick: (n) => y(t, e.token)
				}, [
					z("span", al, D(e.rank + 1), 1),
					z("span", {
						class: E(["tg-mono tg-distribution__tok", {
							"tg-distribution__tok--special": e.special,
							"tg-unmapped": e.unmapped
						}]),
						title: e.unmapped ? N(Ko) : void 0
					}, D(e.label), 11, ol),
					z("span", sl, [z("span", { style: T({ width: `${e.width}%` }) }, null, 4), z("em", cl, D(N(Ro)(e.p)), 1)]),
					z("span", ll, D(e.lp.toFixed(3)), 1),
					z("span", ul, D(e.child === void 0 ? "" : "↳"), 1)
				], 10, il))), 128))], 512),
				r.value > i.value.length ? (L(), R("div", dl, [z("span", null, D(i.value.length) + " of " + D(r.value.toLocaleString("en")) + " candidates shown", 1), z("button", {
					"data-testid": "show-more",
					onClick: o[0] ||= (e) => t.value += 400
				}, "show " + D(Math.min(400, r.value - i.value.length)) + " more", 1)])) : H("", !0),
				c.value && N(Q) ? (L(), R("div", fl, [
					V(D(u.value) + " token ", 1),
					z("span", pl, D(N(es)(N(W).display(N(Q).token))), 1),
					V(" is further down: " + D(v.value) + ", " + D(N(Ro)(Math.exp(N(Q).logprob ?? NaN))), 1)
				])) : H("", !0),
				h.value ? (L(), R("div", ml, [
					o[4] ||= z("span", { class: "tg-distribution__rank" }, "…", -1),
					o[5] ||= z("span", null, "other tokens:", -1),
					z("span", hl, [z("span", { style: T({ width: `${g.value.width}%` }) }, null, 4), z("em", gl, D((g.value.p * 100).toFixed(1)) + "%", 1)]),
					o[6] ||= z("span", { class: "tg-distribution__rest-note" }, "not recorded", -1)
				])) : H("", !0),
				s.value ? (L(), R("div", _l, [
					V(D(u.value) + " token ", 1),
					z("span", vl, D(s.value.label), 1),
					V(" is outside the top-" + D(_.value) + ": " + D(v.value) + ", " + D(N(Ro)(s.value.p)), 1)
				])) : H("", !0)
			], 64)) : (L(), R("div", Xc, " Not evaluated: this context was never run through the model" + D(N($)?.finish ? ` (sequence ended: ${N($).finish})` : "") + ". ", 1)),
			N(xs) ? (L(), R("div", yl, D(N(xs)), 1)) : H("", !0),
			N($)?.top && !n.value ? (L(), R("p", bl, [o[8] ||= V(" Ranks count from 1 (rank 1 = most likely). ", -1), N(Ss) ? (L(), R(I, { key: 0 }, [V("Click a candidate to continue the path with it" + D(N(gs) ? " …" : "") + "." + D(i.value.some((e) => e.unmapped) || !N(Ds)(N(q)) ? " Text-only tokens (wavy underline) cannot be fed to the model." : ""), 1)], 64)) : (L(), R(I, { key: 1 }, [V("↳ = a recorded branch; click or press Enter to follow it.")], 64))])) : H("", !0)
		]));
	}
}), Cl = (e, t) => {
	let n = e.__vccOpts || e;
	for (let [e, r] of t) n[e] = r;
	return n;
}, wl = /*#__PURE__*/ Cl(Sl, [["__scopeId", "data-v-930444bb"]]);
// src/model/fork.ts
function Tl(e) {
	let t = e?.fork;
	return t && typeof t == "object" && Array.isArray(t.positions) ? t : null;
}
var El = [
	"#4e79a7",
	"#f28e2b",
	"#59a14f",
	"#e15759",
	"#b07aa1",
	"#76b7b2",
	"#edc948",
	"#ff9da7",
	"#9c755f"
], Dl = "#9aa1ab";
function Ol(e) {
	let t = /* @__PURE__ */ new Map(), n = 0;
	for (let r of kl(e)) t.set(r, r === null ? Dl : El[n++ % El.length]);
	return t;
}
function kl(e) {
	if (Array.isArray(e.labels)) return e.labels;
	let t = [];
	for (let n of e.positions) for (let [e] of n.distribution ?? []) t.includes(e) || t.push(e);
	return t;
}
function Al(e) {
	return e === null ? "(none)" : e;
}
function jl(e, t) {
	let n = /* @__PURE__ */ new Map();
	for (let [t, r] of e) n.set(t, (n.get(t) ?? 0) + r);
	for (let [e, r] of t) n.set(e, (n.get(e) ?? 0) - r);
	let r = 0;
	for (let e of n.values()) r += Math.abs(e);
	return r / 2;
}
function Ml(e) {
	let t = e.reduce((e, [, t]) => e + t, 0);
	return t ? e.map(([e, n]) => [e, n / t]) : [];
}
function Nl(e) {
	let t = e.alternatives[0]?.counts;
	return e.status !== "done" || !e.distribution || !t ? null : jl(e.distribution, Ml(t));
}
function Pl(e, t) {
	return e.positions.find((e) => e.node === t);
}
// src/components/TgForking.vue?vue&type=script&setup=true&lang.ts
var Fl = {
	key: 0,
	class: "tg-forking",
	"data-testid": "forking",
	"aria-label": "forking paths: outcomes along the path"
}, Il = { class: "tg-forking__head" }, Ll = { class: "tg-forking__meta" }, Rl = {
	class: "tg-forking__legend",
	"data-testid": "forking-legend"
}, zl = { class: "tg-forking__scroll" }, Bl = ["width", "height"], Vl = [
	"transform",
	"data-position",
	"onClick"
], Hl = ["height"], Ul = ["width"], Wl = [
	"y",
	"width",
	"height",
	"fill"
], Gl = ["width", "height"], Kl = ["d"], ql = [
	"x1",
	"x2",
	"y2"
], Jl = ["transform"], Yl = ["width"], Xl = ["points"], Zl = ["points"], Ql = [
	"title",
	"data-position",
	"onClick"
], $l = { class: "tg-forking__curves-key" }, eu = {
	key: 0,
	class: "tg-forking__detail",
	"data-testid": "forking-detail"
}, tu = { class: "tg-forking__detail-head" }, nu = { class: "tg-forking__alt-head" }, ru = { class: "tg-forking__alt-token" }, iu = {
	key: 0,
	class: "tg-forking__tag"
}, au = {
	key: 1,
	class: "tg-forking__tag tg-forking__tag--fork"
}, ou = {
	key: 2,
	class: "tg-forking__n"
}, su = { class: "tg-forking__bar-label" }, cu = { class: "tg-forking__bar-track" }, lu = ["title"], uu = { class: "tg-forking__bar-value" }, du = {
	key: 0,
	class: "tg-forking__rollouts"
}, fu = ["title"], pu = { class: "tg-forking__rollout-label" }, mu = {
	key: 1,
	class: "tg-forking__hint"
}, hu = 26, gu = 110, _u = 56, vu = 3, yu = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgForking",
	setup(e) {
		let t = U(() => Tl(X.value)), n = U(() => t.value ? Ol(t.value) : /* @__PURE__ */ new Map()), r = U(() => t.value ? kl(t.value) : []), i = U(() => new Set(t.value?.change_points ?? [])), a = U(() => new Set((t.value?.forking_tokens ?? []).map((e) => e.position)));
		function o(e) {
			return es(W.value.display(e));
		}
		let s = U(() => {
			let e = t.value;
			return e ? e.positions.map((e, t) => {
				let i = 0, a = r.value, s = (e) => {
					let t = a.indexOf(e);
					return t < 0 ? a.length : t;
				}, c = [...e.distribution ?? []].sort((e, t) => s(e[0]) - s(t[0])).map(([e, t]) => {
					let r = t * gu, a = {
						label: e,
						share: t,
						y: gu - i - r,
						h: r,
						colour: n.value.get(e) ?? "#999"
					};
					return i += r, a;
				}), l = Nl(e);
				return {
					p: e,
					i: t,
					x: t * hu,
					segments: c,
					shift: l,
					text: o(e.alternatives[0].token),
					title: `position ${e.position}: ${o(e.alternatives[0].token)}  p=${Ro(e.alternatives[0].probability)}` + (e.status === "done" ? "  " + c.map((e) => `${Al(e.label)} ${Ro(e.share)}`).join(", ") : `  (${e.status})`)
				};
			}) : [];
		}), c = U(() => Math.max(1, s.value.length) * hu);
		function l(e) {
			let t = [];
			return e.forEach((e, n) => {
				e != null && t.push(`${n * hu + hu / 2},${(1 - Math.min(1, e)) * 52 + 2}`);
			}), t.join(" ");
		}
		let u = U(() => l(t.value?.positions.map((e) => e.drift) ?? [])), d = U(() => l(t.value?.positions.map((e) => e.survival?.[0] ?? null) ?? [])), f = U(() => {
			let e = t.value, n = Q.value?.id;
			return e && n !== void 0 ? Pl(e, n) ?? null : null;
		}), p = U(() => {
			let e = f.value;
			if (!e) return [];
			let r = new Map((t.value?.forking_tokens ?? []).filter((t) => t.position === e.position).map((e) => [e.token, e]));
			return e.alternatives.map((e, t) => {
				let i = (e.counts ?? []).reduce((e, [, t]) => e + t, 0), a = new Map((e.interval ?? []).map(([e, t, n]) => [e, [t, n]]));
				return {
					alt: e,
					rank: t,
					n: i,
					text: o(e.token),
					fork: r.get(e.token),
					bars: (e.counts ?? []).map(([e, t]) => ({
						label: e,
						share: i ? t / i : 0,
						k: t,
						interval: a.get(e) ?? null,
						colour: n.value.get(e) ?? "#999"
					})),
					rollouts: (e.rollouts ?? []).slice(0, vu).map((e) => ({
						label: e.label,
						colour: n.value.get(e.label) ?? "#999",
						text: e.text.length > 160 ? "…" + e.text.slice(-160) : e.text
					}))
				};
			});
		});
		function m(e) {
			Ms(e);
		}
		return (e, o) => t.value ? (L(), R("section", Fl, [
			z("header", Il, [
				o[1] ||= z("b", null, "Forking", -1),
				z("span", Ll, [
					o[0] ||= V("outcome ", -1),
					z("code", null, D(t.value.outcome), 1),
					V(" · " + D(t.value.samples) + " rollouts per token · τ " + D(t.value.tau.join(", ")), 1)
				]),
				z("span", Rl, [(L(!0), R(I, null, F(r.value, (e) => (L(), R("span", {
					key: String(e),
					class: "tg-forking__key"
				}, [z("i", { style: T({ background: n.value.get(e) }) }, null, 4), V(D(N(Al)(e)), 1)]))), 128))])
			]),
			z("div", zl, [(L(), R("svg", {
				width: c.value,
				height: 172,
				class: "tg-forking__chart",
				"data-testid": "forking-chart",
				role: "img",
				"aria-label": "outcome distribution along the path, drift and survival"
			}, [
				(L(!0), R(I, null, F(s.value, (e) => (L(), R("g", {
					key: e.p.position,
					transform: `translate(${e.x},0)`,
					class: "tg-forking__col",
					"data-position": e.p.position,
					onClick: (t) => m(e.p.node)
				}, [
					z("title", null, D(e.title), 1),
					z("rect", {
						width: hu,
						height: 172,
						class: "tg-forking__hit"
					}, null, 8, Hl),
					e.p.status === "done" ? H("", !0) : (L(), R("rect", {
						key: 0,
						x: "3",
						width: 20,
						height: gu,
						class: "tg-forking__missing"
					}, null, 8, Ul)),
					(L(!0), R(I, null, F(e.segments, (e) => (L(), R("rect", {
						key: String(e.label),
						x: "3",
						y: e.y,
						width: 20,
						height: e.h,
						fill: e.colour
					}, null, 8, Wl))), 128)),
					f.value && f.value.position === e.p.position ? (L(), R("rect", {
						key: 1,
						x: "1",
						y: "0",
						width: 24,
						height: 171,
						class: "tg-forking__sel"
					}, null, 8, Gl)) : H("", !0),
					a.value.has(e.p.position) ? (L(), R("path", {
						key: 2,
						d: `M${hu / 2 - 5},0 L18,0 L${hu / 2},7 Z`,
						class: "tg-forking__mark"
					}, null, 8, Kl)) : H("", !0)
				], 8, Vl))), 128)),
				(L(!0), R(I, null, F(i.value, (e) => (L(), R("line", {
					key: `cp${e}`,
					x1: e * hu,
					x2: e * hu,
					y1: "0",
					y2: 172,
					class: "tg-forking__cp",
					"data-testid": "forking-change-point"
				}, null, 8, ql))), 128)),
				z("g", { transform: "translate(0,116)" }, [
					z("rect", {
						width: c.value,
						height: _u,
						class: "tg-forking__band"
					}, null, 8, Yl),
					z("polyline", {
						points: u.value,
						class: "tg-forking__drift"
					}, null, 8, Xl),
					z("polyline", {
						points: d.value,
						class: "tg-forking__survival"
					}, null, 8, Zl)
				], 8, Jl)
			], 8, Bl)), z("div", {
				class: "tg-forking__tokens",
				style: T({ width: `${c.value}px` })
			}, [(L(!0), R(I, null, F(s.value, (e) => (L(), R("button", {
				key: e.p.position,
				class: E(["tg-forking__token", { on: f.value && f.value.position === e.p.position }]),
				style: T({ background: e.shift === null ? void 0 : `rgba(217, 72, 15, ${Math.min(1, e.shift) * .85})` }),
				title: e.shift === null ? e.title : `${e.title}\nshift of the base token ${e.shift.toFixed(2)}`,
				"data-position": e.p.position,
				onClick: (t) => m(e.p.node)
			}, D(e.text), 15, Ql))), 128))], 4)]),
			z("div", $l, [
				z("span", null, [
					o[2] ||= z("i", { class: "tg-forking__k-drift" }, null, -1),
					o[3] ||= V("drift y", -1),
					o[4] ||= z("sub", null, "t", -1),
					V(" (" + D(t.value.distance) + ")", 1)
				]),
				z("span", null, [
					o[5] ||= z("i", { class: "tg-forking__k-survival" }, null, -1),
					o[6] ||= V("survival S", -1),
					o[7] ||= z("sub", null, "t", -1),
					V(" (τ " + D(t.value.tau[0]) + ")", 1)
				]),
				o[8] ||= z("span", null, [z("i", { class: "tg-forking__k-cp" }), V("change point")], -1),
				o[9] ||= z("span", null, "▼ forking token", -1),
				o[10] ||= z("span", null, "token colour: how far the base token moved the outcome", -1)
			]),
			f.value ? (L(), R("div", eu, [z("div", tu, [
				V(" position " + D(f.value.position) + " · " + D(f.value.status) + " ", 1),
				f.value.drift === null ? H("", !0) : (L(), R(I, { key: 0 }, [V(" · drift " + D(f.value.drift.toFixed(3)), 1)], 64)),
				f.value.survival ? (L(), R(I, { key: 1 }, [V(" · survival " + D(f.value.survival[0].toFixed(3)), 1)], 64)) : H("", !0),
				i.value.has(f.value.position) ? (L(), R(I, { key: 2 }, [V(" · change point")], 64)) : H("", !0)
			]), (L(!0), R(I, null, F(p.value, (e) => (L(), R("div", {
				key: e.alt.token,
				class: "tg-forking__alt",
				"data-testid": "forking-alternative"
			}, [
				z("div", nu, [
					z("code", ru, D(e.text), 1),
					z("span", null, "p=" + D(N(Ro)(e.alt.probability)), 1),
					e.rank === 0 ? (L(), R("span", iu, "base")) : H("", !0),
					e.fork ? (L(), R("span", au, "forking: shift " + D(e.fork.shift.toFixed(2)) + " [" + D(e.fork.shift_low.toFixed(2)) + ", " + D(e.fork.shift_high.toFixed(2)) + "]", 1)) : H("", !0),
					e.n ? (L(), R("span", ou, "n=" + D(e.n), 1)) : H("", !0)
				]),
				(L(!0), R(I, null, F(e.bars, (e) => (L(), R("div", {
					key: String(e.label),
					class: "tg-forking__bar-row"
				}, [
					z("span", su, D(N(Al)(e.label)), 1),
					z("span", cu, [z("span", {
						class: "tg-forking__bar",
						style: T({
							width: `${e.share * 100}%`,
							background: e.colour
						})
					}, null, 4), e.interval ? (L(), R("span", {
						key: 0,
						class: "tg-forking__whisker",
						style: T({
							left: `${e.interval[0] * 100}%`,
							width: `${(e.interval[1] - e.interval[0]) * 100}%`
						}),
						title: `95% interval ${N(Ro)(e.interval[0])} to ${N(Ro)(e.interval[1])}`
					}, null, 12, lu)) : H("", !0)]),
					z("span", uu, D(e.k) + " · " + D(N(Ro)(e.share)), 1)
				]))), 128)),
				e.rollouts.length ? (L(), R("ul", du, [(L(!0), R(I, null, F(e.rollouts, (e, t) => (L(), R("li", { key: t }, [
					z("i", {
						style: T({ background: e.colour }),
						title: N(Al)(e.label)
					}, null, 12, fu),
					z("span", pu, D(N(Al)(e.label)), 1),
					V(" " + D(e.text), 1)
				]))), 128))])) : H("", !0)
			]))), 128))])) : (L(), R("div", mu, "Select a token of the path to see its alternatives' outcomes."))
		])) : H("", !0);
	}
}), [["__scopeId", "data-v-9f7c2f07"]]);
// src/model/figureCommand.ts
function bu(e) {
	return /^[A-Za-z0-9_./:=@%+,-]+$/.test(e) ? e : `'${e.replace(/'/g, "'\\''")}'`;
}
function xu(e, t) {
	let n = [
		"tracegen",
		"figure",
		bu(e),
		"--run",
		bu(t.run)
	];
	return t.result === void 0 ? t.node !== void 0 && n.push("--node", String(t.node)) : n.push("--result", String(t.result)), n.push("--kind", t.kind, "--format", t.format), t.colour && n.push("--colour", t.colour), n.join(" ");
}
// src/components/TgFigure.vue?vue&type=script&setup=true&lang.ts
var Su = { class: "tg-figure tg-noprint" }, Cu = ["aria-expanded"], wu = {
	key: 0,
	class: "tg-figure__pop",
	"data-testid": "figure-panel",
	role: "dialog",
	"aria-label": "figure"
}, Tu = { class: "tg-figure__row" }, Eu = { class: "tg-figure__hint" }, Du = { class: "tg-figure__cmd" }, Ou = { "data-testid": "figure-command" }, ku = {
	key: 0,
	class: "tg-figure__hint",
	"data-testid": "figure-next-note"
}, Au = ["href"], ju = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgFigure",
	setup(e) {
		let t = /* @__PURE__ */ M(!1), n = /* @__PURE__ */ M("text"), r = /* @__PURE__ */ M("pdf"), i = /* @__PURE__ */ M(!1);
		P([J, t], () => {
			t.value && (n.value = J.value === "text" ? "text" : "tree");
		}, { immediate: !0 });
		let a = U(() => {
			let e = Y.value;
			if (!e) return null;
			let t = ys.value !== "probability" && (n.value === "text" || n.value === "tree") ? ys.value : void 0, i = {
				run: G.value,
				kind: n.value,
				format: r.value,
				colour: t
			};
			if (n.value === "distribution") return {
				...i,
				node: Q.value?.id ?? K.value
			};
			let a = e.resultRank(K.value);
			return a === void 0 ? {
				...i,
				node: K.value
			} : {
				...i,
				node: K.value,
				result: a + 1
			};
		}), o = U(() => n.value === "distribution" && !Q.value && K.value !== Y.value?.root.id), s = U(() => ls.value?.fileName ?? "TRACE.json"), c = U(() => a.value ? xu(s.value, a.value) : ""), l = U(() => a.value ? ls.value?.figureLink(a.value) ?? null : null);
		async function u() {
			try {
				await navigator.clipboard.writeText(c.value);
			} catch {
				let e = document.createElement("textarea");
				e.value = c.value, document.body.appendChild(e), e.select(), document.execCommand("copy"), e.remove();
			}
			i.value = !0, setTimeout(() => i.value = !1, 1200);
		}
		return (e, a) => (L(), R("div", Su, [z("button", {
			"data-testid": "figure",
			"aria-expanded": t.value,
			title: "A figure of this view for a paper",
			onClick: a[0] ||= (e) => t.value = !t.value
		}, "Figure", 8, Cu), t.value ? (L(), R("div", wu, [
			z("div", Tu, [
				z("label", null, [a[5] ||= V("kind ", -1), Ln(z("select", {
					"onUpdate:modelValue": a[1] ||= (e) => n.value = e,
					"data-testid": "figure-kind"
				}, [...a[4] ||= [
					z("option", { value: "text" }, "text", -1),
					z("option", { value: "tree" }, "tree", -1),
					z("option", { value: "distribution" }, "distribution", -1),
					z("option", { value: "strip" }, "strip", -1)
				]], 512), [[Xa, n.value]])]),
				z("label", null, [a[7] ||= V("format ", -1), Ln(z("select", {
					"onUpdate:modelValue": a[2] ||= (e) => r.value = e,
					"data-testid": "figure-format"
				}, [...a[6] ||= [
					z("option", { value: "pdf" }, "pdf", -1),
					z("option", { value: "svg" }, "svg", -1),
					z("option", { value: "png" }, "png", -1),
					z("option", { value: "tex" }, "tex", -1)
				]], 512), [[Xa, r.value]])]),
				z("button", {
					class: "tg-figure__close",
					"aria-label": "close",
					onClick: a[3] ||= (e) => t.value = !1
				}, "×")
			]),
			z("p", Eu, [
				V(D(N(ls)?.mode === "live" ? "Download it, or run" : "This page cannot run Python; run") + " this where ", 1),
				z("code", null, D(s.value), 1),
				V(" is" + D(N(ls)?.mode === "live" ? " (the trace.json download)" : "") + ": ", 1)
			]),
			z("div", Du, [z("code", Ou, D(c.value), 1), z("button", {
				"data-testid": "figure-copy",
				onClick: u
			}, D(i.value ? "Copied" : "Copy"), 1)]),
			o.value ? (L(), R("p", ku, " This draws the distribution the last token was chosen from; the one after the path is not a figure kind yet. ")) : H("", !0),
			l.value ? (L(), R("a", {
				key: 1,
				class: "tg-figure__download",
				"data-testid": "figure-download",
				href: l.value,
				download: ""
			}, "Download the " + D(r.value.toUpperCase()), 9, Au)) : H("", !0)
		])) : H("", !0)]));
	}
}), [["__scopeId", "data-v-b182ebc5"]]), Mu = (e) => e.toLowerCase();
function Nu(e, t, n, r = 100) {
	let i = Mu(n), a = [], o = 0;
	if (!i) return {
		hits: a,
		total: o
	};
	let s = i.length - 1, c = /* @__PURE__ */ new Map();
	for (let n of e.run.nodes) {
		if (n.token === null || n.parent === null) {
			c.set(n.id, []);
			continue;
		}
		let e = [...c.get(n.parent) ?? [], {
			id: n.id,
			text: t.searchText(n.token)
		}], l = e.map((e) => e.text).join(""), u = l.length - e[e.length - 1].text.length, d = Mu(l);
		for (let t = d.indexOf(i); t >= 0; t = d.indexOf(i, t + 1)) t + i.length <= u || (o++, a.length < r && a.push(Pu(e, t, i.length, l)));
		c.set(n.id, Fu(e, s));
	}
	return {
		hits: a,
		total: o
	};
}
function Pu(e, t, n, r) {
	let i = [], a = 0;
	for (let r of e) {
		let e = a + r.text.length;
		e > t && a < t + n && i.push(r.id), a = e;
	}
	return {
		nodes: i,
		before: r.slice(Math.max(0, t - 24), t),
		match: r.slice(t, t + n)
	};
}
function Fu(e, t) {
	let n = 0, r = e.length;
	for (; r > 0 && n < Math.max(t, 24);) n += e[--r].text.length;
	return e.slice(r);
}
function Iu(e, t, n) {
	let r = /* @__PURE__ */ new Set(), i = Mu(n);
	if (!i) return r;
	let a = [], o = "";
	for (let n of e) a.push(o.length), o += t.searchText(n.token);
	let s = Mu(o), c = 0;
	for (let n = s.indexOf(i); n >= 0; n = s.indexOf(i, n + 1)) {
		let o = n + i.length;
		for (; c + 1 < a.length && a[c + 1] <= n;) c++;
		for (let i = c; i < a.length && a[i] < o; i++) a[i] + t.searchText(e[i].token).length > n && r.add(i);
	}
	return r;
}
// src/components/TgSearch.vue?vue&type=script&setup=true&lang.ts
var Lu = { class: "tg-search tg-noprint" }, Ru = ["onKeydown"], zu = {
	key: 0,
	class: "tg-search__pop",
	"data-testid": "search-results"
}, Bu = { class: "tg-search__count" }, Vu = [
	"data-node",
	"data-nodes",
	"onMousedown"
], Hu = { class: "tg-search__ctx tg-mono" }, Uu = { class: "tg-search__tok tg-mono" }, Wu = { class: "tg-search__depth tg-num" }, Gu = 100, Ku = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgSearch",
	setup(e) {
		let t = /* @__PURE__ */ M(!1), n = U(() => {
			fs.value;
			let e = Y.value;
			return !bs.value || !e ? {
				hits: [],
				total: 0
			} : Nu(e, W.value, bs.value, Gu);
		});
		function r(e) {
			let n = Y.value;
			n && (Ms(e.nodes[0], n.extend(e.nodes[e.nodes.length - 1])), t.value = !1);
		}
		function i() {
			let e = n.value.hits[0];
			e && r(e);
		}
		return (e, a) => (L(), R("div", Lu, [Ln(z("input", {
			"onUpdate:modelValue": a[0] ||= (e) => /* @__PURE__ */ j(bs) ? bs.value = e : null,
			type: "search",
			placeholder: "Search text in this run",
			"data-testid": "search",
			onFocus: a[1] ||= (e) => t.value = !0,
			onInput: a[2] ||= (e) => t.value = !0,
			onKeydown: [ao(ro(i, ["prevent"]), ["enter"]), a[3] ||= ao((e) => t.value = !1, ["escape"])]
		}, null, 40, Ru), [[qa, N(bs)]]), t.value && N(bs) ? (L(), R("div", zu, [z("div", Bu, D(n.value.total) + " match" + D(n.value.total === 1 ? "" : "es") + D(n.value.total > Gu ? ` (first ${Gu})` : "") + " · matches are highlighted in the text", 1), (L(!0), R(I, null, F(n.value.hits, (e) => (L(), R("button", {
			key: e.nodes.join(),
			class: "tg-search__hit",
			"data-node": e.nodes[0],
			"data-nodes": e.nodes.join(" "),
			onMousedown: ro((t) => r(e), ["prevent"])
		}, [
			z("span", Hu, "…" + D(N(es)(e.before)), 1),
			z("span", Uu, D(N(es)(e.match)), 1),
			z("span", Wu, D(e.nodes.length) + " token" + D(e.nodes.length === 1 ? "" : "s") + " · step " + D(N(Y)?.depth(e.nodes[0]) ?? 0), 1)
		], 40, Vu))), 128))])) : H("", !0)]));
	}
}), [["__scopeId", "data-v-95d430b7"]]), qu = { class: "tg-header" }, Ju = { class: "tg-header__run" }, Yu = ["value"], Xu = ["value"], Zu = { class: "tg-header__tools tg-noprint" }, Qu = {
	class: "tg-header__toggle",
	title: "Show spaces, newlines, special tokens and invisible or bidi control characters"
}, $u = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgHeader",
	setup(e) {
		let t = U(() => (fs.value, (us.value?.runs ?? []).map((e) => ({
			run: e,
			size: ds.value.get(e.id)?.size ?? e.nodes.length
		})))), n = /* @__PURE__ */ M(!1);
		function r(e, t = 48) {
			let n = e.replace(/\s+/g, " ").trim();
			return n.length > t ? n.slice(0, t - 1) + "…" : n;
		}
		function i() {
			let e = X.value;
			if (!e) return "";
			let t = Z.value.slice(1).map((e) => e.token);
			return (e.prompt_token_ids.length ? W.value.decode(e.prompt_token_ids) : e.prompt) + W.value.decode(t);
		}
		async function a() {
			let e = i();
			try {
				await navigator.clipboard.writeText(e);
			} catch {
				let t = document.createElement("textarea");
				t.value = e, document.body.appendChild(t), t.select(), document.execCommand("copy"), t.remove();
			}
			n.value = !0, setTimeout(() => n.value = !1, 1200);
		}
		function o(e) {
			js(e.target.value);
		}
		return (e, i) => (L(), R("header", qu, [
			i[3] ||= z("div", { class: "tg-header__brand" }, [z("span", { class: "tg-header__logo" }, "◆"), V(" tracegen")], -1),
			z("label", Ju, [i[1] ||= z("span", null, "Run", -1), z("select", {
				"data-testid": "run-select",
				value: N(G),
				onChange: o
			}, [(L(!0), R(I, null, F(t.value, ({ run: e, size: t }) => (L(), R("option", {
				key: e.id,
				value: e.id
			}, D(N(Qo)(e.id)) + " · " + D(e.strategy.name) + " · " + D(t) + " nodes — " + D(N(Qo)(r(e.prompt))), 9, Xu))), 128))], 40, Yu)]),
			B(Ku),
			z("div", Zu, [
				z("label", Qu, [Ln(z("input", {
					"onUpdate:modelValue": i[0] ||= (e) => /* @__PURE__ */ j(vs) ? vs.value = e : null,
					type: "checkbox",
					"data-testid": "toggle-invisible"
				}, null, 512), [[Ja, N(vs)]]), i[2] ||= V(" whitespace & special ", -1)]),
				z("button", {
					"data-testid": "copy",
					title: "Copy the prompt and the selected path's text",
					onClick: a
				}, D(n.value ? "Copied" : "Copy text"), 1),
				B(ju)
			])
		]));
	}
}), [["__scopeId", "data-v-731d5c21"]]), ed = {
	class: "tg-legend",
	"data-testid": "legend"
}, td = { class: "tg-legend__scale" }, nd = {
	class: "tg-legend__switch tg-noprint",
	role: "radiogroup",
	"aria-label": "colour tokens by"
}, rd = [
	"aria-checked",
	"data-testid",
	"onClick"
], id = { class: "tg-legend__bar-wrap" }, ad = { class: "tg-legend__ticks" }, od = { class: "tg-legend__unit" }, sd = { class: "tg-legend__items" }, cd = {
	class: "tg-legend__title",
	"data-testid": "colour-explained"
}, ld = {
	key: 0,
	class: "tg-legend__item",
	"data-testid": "legend-unmapped"
}, ud = {
	key: 1,
	class: "tg-legend__item",
	"data-testid": "legend-unknown-entropy"
}, dd = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgLegend",
	setup(e) {
		let t = {
			probability: "the probability the model gave each token (right end of the bar = more likely)",
			surprisal: "surprisal, −log₂ p, in bits (right end = more surprising)",
			entropy: "the entropy in bits of the distribution each token was chosen from (right end = less certain)"
		}, n = U(() => Po(ys.value)), r = U(() => Lo(ys.value)), i = U(() => Z.value.slice(0, -1).some((e) => e.entropy === null)), a = U(() => (fs.value, Go(us.value)));
		return (e, o) => (L(), R("div", ed, [z("div", td, [
			z("span", nd, [o[0] ||= z("span", null, "Colour by", -1), (L(!0), R(I, null, F(N(So), (e) => (L(), R("button", {
				key: e,
				role: "radio",
				"aria-checked": N(ys) === e,
				class: E({ on: N(ys) === e }),
				"data-testid": `colour-${e}`,
				onClick: (t) => ys.value = e
			}, D(e), 11, rd))), 128))]),
			z("span", id, [z("span", {
				class: "tg-legend__bar",
				"data-testid": "colour-bar",
				style: T({ background: n.value })
			}, null, 4), z("span", ad, [(L(!0), R(I, null, F(r.value, (e) => (L(), R("span", {
				key: e.at,
				style: T({ left: `${e.at * 100}%` })
			}, D(e.label), 5))), 128))])]),
			z("span", od, D(N(Oo)(N(ys)).unit || ""), 1)
		]), z("div", sd, [
			z("span", cd, "Token colour: " + D(t[N(ys)]) + ".", 1),
			o[3] ||= Di("<span class=\"tg-legend__item\" data-v-dc8ea14a><span class=\"tg-legend__dotted\" data-v-dc8ea14a>ab</span> has branches</span><span class=\"tg-legend__item\" data-v-dc8ea14a><span class=\"tg-legend__prompt\" data-v-dc8ea14a>ab</span> prompt</span><span class=\"tg-legend__item\" data-testid=\"legend-strip\" data-v-dc8ea14a>Strip: <b data-v-dc8ea14a>p</b> chosen token&#39;s probability (height), <b data-v-dc8ea14a>H</b> entropy of the distribution it came from (depth, 0–5 bits)</span>", 3),
			a.value ? (L(), R("span", ld, [...o[1] ||= [z("span", { class: "tg-unmapped tg-mono" }, "ab", -1), V(" text only (no token id)", -1)]])) : H("", !0),
			i.value ? (L(), R("span", ud, [...o[2] ||= [z("span", { class: "tg-legend__swatch tg-legend__hatch" }, null, -1), V(" H: entropy unknown (only the top-k, or not recorded)", -1)]])) : H("", !0)
		])]));
	}
}), [["__scopeId", "data-v-dc8ea14a"]]), fd = {
	class: "tg-live tg-noprint",
	"data-testid": "live"
}, pd = { class: "tg-live__col" }, md = ["disabled"], hd = ["disabled", "title"], gd = {
	key: 1,
	class: "tg-live__links"
}, _d = ["href"], vd = ["href"], yd = {
	key: 0,
	class: "tg-live__busy",
	"data-testid": "live-ended"
}, bd = {
	key: 1,
	class: "tg-live__error",
	role: "alert"
}, xd = {
	key: 2,
	class: "tg-live__busy"
}, Sd = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgLive",
	setup(e) {
		let t = /* @__PURE__ */ M(""), n = /* @__PURE__ */ M(!1), r = /* @__PURE__ */ M(16), i = /* @__PURE__ */ M("greedy"), a = /* @__PURE__ */ M(1), o = /* @__PURE__ */ M(1), s = /* @__PURE__ */ M(""), c = U(() => ls.value?.downloads() ?? null), l = U(() => Ds(q.value + 1)), u = U(() => Q.value ?? Z.value[Z.value.length - 1]), d = U(() => ss(u.value)), f = U(() => d.value ? "this token ended the sequence: select an earlier token to branch from there" : l.value ? "generate after the selected token (a new branch if it differs from what follows)" : "this path holds a text-only token: it cannot be fed to the model");
		function p() {
			t.value.trim() && Hs(t.value, n.value);
		}
		function m() {
			let e = s.value.trim();
			Vs({
				steps: Math.max(1, Math.floor(r.value)),
				mode: i.value,
				temperature: a.value,
				top_p: o.value,
				seed: e === "" ? null : Number(e)
			});
		}
		return (e, u) => (L(), R("section", fd, [
			z("form", {
				class: "tg-live__row",
				onSubmit: ro(p, ["prevent"])
			}, [Ln(z("textarea", {
				"onUpdate:modelValue": u[0] ||= (e) => t.value = e,
				rows: "2",
				placeholder: "New prompt…",
				"data-testid": "live-prompt"
			}, null, 512), [[qa, t.value]]), z("div", pd, [z("label", null, [Ln(z("input", {
				"onUpdate:modelValue": u[1] ||= (e) => n.value = e,
				type: "checkbox"
			}, null, 512), [[Ja, n.value]]), u[7] ||= V(" chat template", -1)]), z("button", {
				type: "submit",
				disabled: N(gs),
				"data-testid": "live-start"
			}, "Start run", 8, md)])], 32),
			z("form", {
				class: "tg-live__row tg-live__continue",
				novalidate: "",
				onSubmit: ro(m, ["prevent"])
			}, [
				z("button", {
					type: "submit",
					disabled: N(gs) || !l.value || d.value,
					"data-testid": "live-continue",
					title: f.value
				}, "Continue", 8, hd),
				Ln(z("input", {
					"onUpdate:modelValue": u[2] ||= (e) => r.value = e,
					type: "number",
					min: "1",
					max: "512",
					step: "1",
					"aria-label": "tokens",
					"data-testid": "live-steps"
				}, null, 512), [[
					qa,
					r.value,
					void 0,
					{ number: !0 }
				]]),
				u[12] ||= V(" tokens ", -1),
				Ln(z("select", {
					"onUpdate:modelValue": u[3] ||= (e) => i.value = e,
					"aria-label": "mode",
					"data-testid": "live-mode"
				}, [...u[8] ||= [z("option", { value: "greedy" }, "greedy", -1), z("option", { value: "sample" }, "sample", -1)]], 512), [[Xa, i.value]]),
				i.value === "sample" ? (L(), R(I, { key: 0 }, [
					z("label", null, [u[9] ||= V("T ", -1), Ln(z("input", {
						"onUpdate:modelValue": u[4] ||= (e) => a.value = e,
						type: "number",
						step: "any",
						min: "0",
						"data-testid": "live-temperature"
					}, null, 512), [[
						qa,
						a.value,
						void 0,
						{ number: !0 }
					]])]),
					z("label", null, [u[10] ||= V("top-p ", -1), Ln(z("input", {
						"onUpdate:modelValue": u[5] ||= (e) => o.value = e,
						type: "number",
						step: "any",
						min: "0",
						max: "1",
						"data-testid": "live-top-p"
					}, null, 512), [[
						qa,
						o.value,
						void 0,
						{ number: !0 }
					]])]),
					z("label", null, [u[11] ||= V("seed ", -1), Ln(z("input", {
						"onUpdate:modelValue": u[6] ||= (e) => s.value = e,
						type: "text",
						inputmode: "numeric",
						placeholder: "random"
					}, null, 512), [[qa, s.value]])])
				], 64)) : H("", !0),
				c.value ? (L(), R("span", gd, [z("a", {
					href: c.value.json,
					download: ""
				}, "trace.json", 8, _d), z("a", {
					href: c.value.html,
					download: ""
				}, "trace.html", 8, vd)])) : H("", !0)
			], 32),
			d.value ? (L(), R("div", yd, "The selected token ended the sequence: select an earlier token to branch from there.")) : H("", !0),
			N(hs) ? (L(), R("div", bd, D(N(hs)), 1)) : N(gs) ? (L(), R("div", xd, "working…")) : H("", !0)
		]));
	}
}), [["__scopeId", "data-v-d68197df"]]), Cd = {
	key: 0,
	class: "tg-meta",
	"data-testid": "meta"
}, wd = { "data-testid": "meta-model" }, Td = { class: "tg-meta__text" }, Ed = {
	key: 0,
	"data-testid": "meta-weights"
}, Dd = {
	key: 1,
	class: "tg-meta__faint tg-meta__source"
}, Od = { key: 0 }, kd = {
	key: 1,
	"data-testid": "meta-backend"
}, Ad = { key: 2 }, jd = {
	key: 3,
	class: "tg-mono",
	"data-testid": "meta-server"
}, Md = { key: 4 }, Nd = {
	key: 5,
	"data-testid": "meta-imported"
}, Pd = { key: 6 }, Fd = { key: 7 }, Id = { key: 8 }, Ld = {
	key: 9,
	"data-testid": "meta-vocab"
}, Rd = { "data-testid": "meta-strategy" }, zd = { key: 10 }, Bd = { key: 11 }, Vd = { key: 12 }, Hd = {
	key: 13,
	"data-testid": "meta-depth"
}, Ud = {
	key: 0,
	class: "tg-meta__faint"
}, Wd = { key: 14 }, Gd = {
	key: 15,
	"data-testid": "meta-stopped",
	class: "tg-meta__warn"
}, Kd = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgMeta",
	setup(e) {
		let t = U(() => us.value?.model), n = U(() => Object.entries(X.value?.strategy ?? {}).filter(([e]) => e !== "name")), r = U(() => {
			let e = us.value?.created;
			if (!e) return "–";
			let t = new Date(e);
			return Number.isNaN(t.getTime()) ? e : t.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC").replace(/Z$/, " UTC");
		}), i = U(() => (fs.value, Y.value?.size ?? 0)), a = U(() => {
			let e = t.value;
			return !e || typeof e.quantization != "string" ? "" : `${typeof e.gguf == "string" || typeof e.source == "string" && e.source.toLowerCase().endsWith(".gguf") ? "GGUF " : ""}${e.quantization}${typeof e.dequantized_to == "string" ? `, dequantized to ${e.dequantized_to}` : ""}`;
		}), o = U(() => {
			let e = X.value;
			return !e || e.strategy.name !== "branch" ? null : e.strategy.max_depth ?? e.max_new_tokens ?? null;
		}), s = U(() => {
			let e = X.value?.stats?.stopped;
			return !e || e.reason !== "max_nodes" ? null : `stopped at ${e.nodes} nodes: depth ${e.depth} of ${e.max_depth} not fully expanded`;
		});
		function c(e) {
			return typeof e == "string" ? e : JSON.stringify(e);
		}
		return (e, l) => t.value && N(X) ? (L(), R("section", Cd, [l[5] ||= z("h2", null, "Run details", -1), z("dl", null, [
			l[0] ||= z("dt", null, "model", -1),
			z("dd", wd, [
				z("span", Td, D(t.value.name), 1),
				a.value ? (L(), R("span", Ed, " · " + D(a.value), 1)) : H("", !0),
				t.value.source && t.value.source !== t.value.name ? (L(), R("span", Dd, D(t.value.source), 1)) : H("", !0)
			]),
			t.value.backend ? (L(), R("dt", Od, "backend")) : H("", !0),
			t.value.backend ? (L(), R("dd", kd, D([
				t.value.backend,
				t.value.dtype,
				t.value.device
			].filter(Boolean).join(" · ")), 1)) : H("", !0),
			t.value.base_url ? (L(), R("dt", Ad, "server")) : H("", !0),
			t.value.base_url ? (L(), R("dd", jd, D(t.value.base_url), 1)) : H("", !0),
			t.value.imported_from ? (L(), R("dt", Md, "imported")) : H("", !0),
			t.value.imported_from ? (L(), R("dd", Nd, D(c(t.value.imported_from)), 1)) : H("", !0),
			t.value.tokenizer ? (L(), R("dt", Pd, "tokenizer")) : H("", !0),
			t.value.tokenizer ? (L(), R("dd", Fd, D(c(t.value.tokenizer)), 1)) : H("", !0),
			t.value.vocab_size === void 0 ? H("", !0) : (L(), R("dt", Id, "vocabulary")),
			t.value.vocab_size === void 0 ? H("", !0) : (L(), R("dd", Ld, D(t.value.vocab_size === null ? "unknown" : `${t.value.vocab_size} tokens`), 1)),
			l[1] ||= z("dt", null, "strategy", -1),
			z("dd", Rd, [z("b", null, D(N(X).strategy.name), 1), (L(!0), R(I, null, F(n.value, ([e, t]) => (L(), R("span", {
				key: e,
				class: "tg-meta__param"
			}, D(e) + "=" + D(c(t)), 1))), 128))]),
			l[2] ||= z("dt", null, "top-k", -1),
			z("dd", null, D(N(X).top_k) + " recorded per step · " + D(i.value) + " nodes" + D(N(X).complete ? "" : " · incomplete"), 1),
			N(X).max_new_tokens ? (L(), R("dt", zd, "max tokens")) : H("", !0),
			N(X).max_new_tokens ? (L(), R("dd", Bd, D(N(X).max_new_tokens) + D(N(X).chat ? " · chat template" : ""), 1)) : H("", !0),
			o.value === null ? H("", !0) : (L(), R("dt", Vd, "depth limit")),
			o.value === null ? H("", !0) : (L(), R("dd", Hd, [V(D(o.value) + " tokens", 1), N(X).strategy.max_nodes ? (L(), R("span", Ud, " · at most " + D(N(X).strategy.max_nodes) + " nodes", 1)) : H("", !0)])),
			s.value ? (L(), R("dt", Wd, "stopped")) : H("", !0),
			s.value ? (L(), R("dd", Gd, D(s.value), 1)) : H("", !0),
			l[3] ||= z("dt", null, "created", -1),
			z("dd", null, D(r.value), 1),
			l[4] ||= z("dt", null, "tracegen", -1),
			z("dd", null, D(N(us)?.tracegen_version || "–") + " · format v" + D(N(us)?.version), 1)
		])])) : H("", !0);
	}
}), [["__scopeId", "data-v-c4062741"]]);
// src/composables/useVirtualList.ts
function qd(e, t, n, r = 8) {
	let i = /* @__PURE__ */ M(0), a = /* @__PURE__ */ M(480), o = () => {
		e.value && (i.value = e.value.scrollTop);
	}, s = null;
	or(() => {
		let t = e.value;
		t && (a.value = t.clientHeight || a.value, typeof ResizeObserver < "u" && (s = new ResizeObserver(() => {
			a.value = t.clientHeight || a.value;
		}), s.observe(t)));
	}), sr(() => s?.disconnect());
	let c = U(() => Math.max(0, Math.floor(i.value / n) - r));
	return {
		start: c,
		end: U(() => Math.min(t.value, Math.ceil((i.value + a.value) / n) + r)),
		total: U(() => t.value * n),
		offset: U(() => c.value * n),
		onScroll: o,
		reveal: (t) => {
			let r = e.value;
			if (!r || t < 0) return;
			let a = t * n;
			a < r.scrollTop ? r.scrollTop = a : a + n > r.scrollTop + r.clientHeight && (r.scrollTop = a + n - r.clientHeight), i.value = r.scrollTop;
		}
	};
}
// src/components/TgOutline.vue?vue&type=script&setup=true&lang.ts
var Jd = {
	class: "tg-outline",
	"data-testid": "outline"
}, Yd = { class: "tg-outline__bar tg-noprint" }, Xd = ["data-node"], Zd = ["aria-expanded", "onClick"], Qd = {
	key: 1,
	class: "tg-outline__toggle tg-outline__toggle--none"
}, $d = { class: "tg-outline__tokens" }, ef = ["data-node", "onClick"], tf = {
	key: 0,
	class: "tg-outline__more"
}, nf = { class: "tg-outline__info" }, rf = { key: 0 }, af = {
	key: 1,
	class: "tg-outline__result"
}, of = { key: 2 }, sf = { key: 3 }, cf = 26, lf = 60, uf = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgOutline",
	setup(e) {
		let t = /* @__PURE__ */ M(/* @__PURE__ */ new Map());
		P(Y, () => {
			t.value = /* @__PURE__ */ new Map();
		});
		let n = U(() => new Set(Z.value.map((e) => e.id)));
		function r(e) {
			let r = e.nodes[e.nodes.length - 1];
			return t.value.get(r) ?? n.value.has(r);
		}
		let i = U(() => {
			fs.value;
			let e = Y.value;
			if (!e) return [];
			let t = [], n = [...e.chains()].reverse();
			for (; n.length;) {
				let e = n.pop(), i = r(e);
				if (t.push({
					chain: e,
					open: i
				}), i) for (let t = e.children.length - 1; t >= 0; t--) n.push(e.children[t]);
			}
			return t;
		}), a = /* @__PURE__ */ M(null), { start: o, end: s, total: c, offset: l, onScroll: u, reveal: d } = qd(a, U(() => i.value.length), cf), f = U(() => {
			let e = Y.value;
			if (!e) return [];
			let t = W.value, r = Z.value[q.value]?.id, a = cc.value, c = (t) => {
				let n = e.node(t), { value: r, bound: i } = lc(n, n.parent === null ? void 0 : e.node(n.parent));
				if (Number.isNaN(r)) return {};
				let o = oc(a, r);
				return {
					background: o,
					color: No(o),
					...i ? { outline: "1px dashed var(--fg-soft)" } : {}
				};
			};
			return i.value.slice(o.value, s.value).map(({ chain: i, open: a }, s) => {
				let l = i.nodes[i.nodes.length - 1], u = e.children(l).length, d = i.nodes.slice(0, lf);
				return {
					key: i.nodes[0],
					last: l,
					index: o.value + s,
					level: i.level,
					open: a,
					kids: u,
					onPath: n.value.has(i.nodes[0]),
					pruned: e.isPruned(i.nodes[0]),
					result: Es.value.get(l),
					finish: e.node(l)?.finish,
					more: i.nodes.length - d.length,
					tokens: d.map((n) => {
						let i = e.node(n);
						return {
							id: n,
							label: es(t.display(i.token)),
							style: c(n),
							sel: n === r
						};
					})
				};
			});
		});
		function p(e, n) {
			let r = new Map(t.value);
			r.set(e, !n), t.value = r;
		}
		function m(e) {
			let n = Y.value;
			if (!n) return;
			let r = /* @__PURE__ */ new Map(), i = [...n.chains()];
			for (; i.length;) {
				let t = i.pop();
				r.set(t.nodes[t.nodes.length - 1], e), i.push(...t.children);
			}
			t.value = r;
		}
		function h() {
			let e = Z.value[q.value]?.id;
			if (e === void 0) return;
			let t = i.value.findIndex((t) => t.chain.nodes.includes(e));
			d(t);
		}
		return P([q, Z], async () => {
			await Sn(), h();
		}), or(() => h()), (e, t) => (L(), R("section", Jd, [z("div", Yd, [
			z("span", null, D(i.value.length) + " branch" + D(i.value.length === 1 ? "" : "es") + " shown · chains of single continuations are folded into one row", 1),
			z("button", { onClick: t[0] ||= (e) => m(!0) }, "Expand all"),
			z("button", { onClick: t[1] ||= (e) => m(!1) }, "Collapse all")
		]), z("div", {
			ref_key: "box",
			ref: a,
			class: "tg-outline__scroll",
			onScroll: t[2] ||= (...e) => N(u) && N(u)(...e)
		}, [z("div", { style: T({
			height: `${N(c)}px`,
			position: "relative"
		}) }, [z("div", { style: T({ transform: `translateY(${N(l)}px)` }) }, [(L(!0), R(I, null, F(f.value, (e) => (L(), R("div", {
			key: e.key,
			class: E(["tg-outline__row", {
				"tg-outline__row--path": e.onPath,
				"tg-outline__row--pruned": e.pruned
			}]),
			style: T({ paddingLeft: `${Math.min(e.level, 30) * 14 + 4}px` }),
			"data-node": e.key
		}, [
			e.kids > 1 ? (L(), R("button", {
				key: 0,
				class: "tg-outline__toggle",
				"aria-expanded": e.open,
				onClick: (t) => p(e.last, e.open)
			}, D(e.open ? "▾" : "▸"), 9, Zd)) : (L(), R("span", Qd, "·")),
			z("span", $d, [(L(!0), R(I, null, F(e.tokens, (e) => (L(), R("span", {
				key: e.id,
				class: E([{ "tg-outline__tok--sel": e.sel }, "tg-outline__tok"]),
				style: T(e.style),
				"data-node": e.id,
				onClick: (t) => N(Ms)(e.id)
			}, D(e.label), 15, ef))), 128)), e.more ? (L(), R("span", tf, "+" + D(e.more), 1)) : H("", !0)]),
			z("span", nf, [
				e.kids > 1 ? (L(), R("span", rf, D(e.kids) + " branches", 1)) : H("", !0),
				e.result === void 0 ? H("", !0) : (L(), R("span", af, "#" + D(e.result + 1), 1)),
				e.finish ? (L(), R("span", of, D(e.finish), 1)) : H("", !0),
				e.pruned ? (L(), R("span", sf, "pruned")) : H("", !0)
			])
		], 14, Xd))), 128))], 4)], 4)], 544)]));
	}
}), [["__scopeId", "data-v-52dc5ae1"]]), df = {
	key: 0,
	class: "tg-results",
	"data-testid": "results"
}, ff = {
	key: 0,
	class: "tg-results__stopped",
	"data-testid": "stopped"
}, pf = {
	class: "tg-results__order tg-noprint",
	role: "radiogroup",
	"aria-label": "rank results by"
}, mf = [
	"aria-checked",
	"data-testid",
	"onClick"
], hf = {
	class: "tg-results__explain",
	"data-testid": "results-explain"
}, gf = [
	"data-node",
	"data-recorded",
	"onClick"
], _f = { class: "tg-results__rank" }, vf = { class: "tg-results__text" }, yf = { class: "tg-results__nums tg-num" }, bf = { title: "the strategy's score" }, xf = { "data-testid": "result-lp" }, Sf = { "data-testid": "result-surprisal" }, Cf = { "data-testid": "result-ppl" }, wf = { key: 0 }, Tf = { key: 1 }, Ef = 20, Df = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgResults",
	setup(e) {
		let t = /* @__PURE__ */ M(!1), n = U(() => t.value ? Ts.value : Ts.value.slice(0, Ef)), r = U(() => {
			fs.value;
			let e = Y.value;
			return !e || e.run.strategy.name !== "beam" ? 0 : e.run.nodes.filter((t) => e.isPruned(t.id)).length;
		}), i = U(() => X.value?.strategy ?? { name: "" }), a = U(() => {
			let e = i.value;
			return e.name === "beam" ? `score = total logprob \u00f7 tokens^${e.length_penalty ?? 1} (beam search's length penalty)` : "score = total logprob (the strategy ranks by it)";
		}), o = U(() => {
			let e = X.value?.stats?.stopped;
			return !e || e.reason !== "max_nodes" ? null : `stopped at ${e.nodes} nodes: depth ${e.depth} of ${e.max_depth} not fully expanded`;
		}), s = [
			["score", "score"],
			["total", "total logprob"],
			["mean", "mean logprob per token"]
		];
		function c(e) {
			Ms(e, e);
		}
		function l(e) {
			return e.length > 140 ? e.slice(0, 139) + "…" : e;
		}
		return (e, i) => N(Ts).length ? (L(), R("section", df, [
			z("h2", null, [i[1] ||= V("Results ", -1), z("span", null, D(N(Ts).length) + ", best first" + D(r.value ? ` · ${r.value} pruned-beam nodes dimmed` : ""), 1)]),
			o.value ? (L(), R("div", ff, D(o.value) + " (the node budget, --max-nodes, ran out)", 1)) : H("", !0),
			z("div", pf, [i[2] ||= z("span", null, "Rank by", -1), (L(), R(I, null, F(s, ([e, t]) => z("button", {
				key: e,
				role: "radio",
				"aria-checked": N(ws) === e,
				class: E({ on: N(ws) === e }),
				"data-testid": `order-${e}`,
				onClick: (t) => ws.value = e
			}, D(t), 11, mf)), 64))]),
			z("p", hf, [
				V(D(a.value) + "; lp = total logprob of the result's tokens (nats); surprisal = −lp per token, in nats and bits; ppl = perplexity, e", 1),
				i[3] ||= z("sup", null, "surprisal", -1),
				i[4] ||= V(". Results of different lengths compare fairly by the mean. ", -1)
			]),
			z("ol", null, [(L(!0), R(I, null, F(n.value, (e, t) => (L(), R("li", {
				key: e.recorded,
				class: E({ "tg-results__item--on": e.result.node === N(K) }),
				"data-node": e.result.node,
				"data-recorded": e.recorded + 1,
				onClick: (t) => c(e.result.node)
			}, [
				z("span", _f, "#" + D(t + 1), 1),
				z("span", vf, D(l(e.result.text)), 1),
				z("span", yf, [
					z("span", bf, "score " + D(N(ns)(e.result.score, 3)), 1),
					z("span", xf, "lp " + D(N(ns)(e.metrics.totalLogprob, 3)), 1),
					z("span", Sf, "surprisal " + D(N(ns)(e.metrics.meanSurprisalNats, 3)) + " nats = " + D(N(ns)(e.metrics.meanSurprisalBits, 3)) + " bits/token", 1),
					z("span", Cf, "ppl " + D(N(ns)(e.metrics.perplexity, 3)), 1),
					z("span", null, D(e.metrics.tokens) + " tok", 1),
					e.result.finish ? (L(), R("span", wf, D(e.result.finish), 1)) : H("", !0),
					e.result.sample === void 0 ? H("", !0) : (L(), R("span", Tf, "sample " + D(e.result.sample), 1))
				])
			], 10, gf))), 128))]),
			N(Ts).length > Ef ? (L(), R("button", {
				key: 1,
				class: "tg-results__all tg-noprint",
				onClick: i[0] ||= (e) => t.value = !t.value
			}, D(t.value ? `show the first ${Ef}` : `show all ${N(Ts).length}`), 1)) : H("", !0)
		])) : H("", !0);
	}
}), [["__scopeId", "data-v-1a954286"]]), Of = {
	class: "tg-steps",
	"data-testid": "steps",
	"aria-label": "the path's steps"
}, kf = { class: "tg-steps__table tg-num" }, Af = ["aria-sort"], jf = [
	"title",
	"data-testid",
	"onClick"
], Mf = ["aria-sort"], Nf = [
	"title",
	"data-testid",
	"onClick"
], Pf = { key: 0 }, Ff = { key: 1 }, If = [
	"data-pos",
	"data-node",
	"onClick"
], Lf = { class: "tg-steps__tok" }, Rf = ["title"], zf = { "data-testid": "step-p" }, Bf = { "data-testid": "step-surprisal" }, Vf = { "data-testid": "step-entropy" }, Hf = { "data-testid": "step-margin" }, Uf = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgSteps",
	setup(e) {
		let t = /* @__PURE__ */ M("pos"), n = /* @__PURE__ */ M(!1), r = [
			{
				key: "pos",
				label: "#",
				unit: "",
				title: "position after the prompt",
				firstDescending: !1
			},
			{
				key: "p",
				label: "p",
				unit: "",
				title: "the token’s probability",
				firstDescending: !1
			},
			{
				key: "surprisalBits",
				label: "surprisal",
				unit: "bits",
				title: "−log₂ p of the token",
				firstDescending: !0
			},
			{
				key: "entropyBits",
				label: "entropy",
				unit: "bits",
				title: "entropy of the distribution the token was drawn from",
				firstDescending: !0
			},
			{
				key: "margin",
				label: "margin",
				unit: "pp",
				title: "p minus the likeliest other token’s probability there (negative: another was likelier)",
				firstDescending: !1
			}
		];
		function i(e) {
			t.value === e ? n.value = !n.value : (t.value = e, n.value = r.find((t) => t.key === e)?.firstDescending ?? !1);
		}
		let a = U(() => {
			let e = W.value;
			return Nc(Fc.value, t.value, n.value).map((t) => ({
				...t,
				id: t.node.id,
				label: es(e.display(t.node.token)),
				unmapped: Wo(t.node.token),
				pText: t.p === null ? "unknown" : Ro(t.p),
				surprisal: ns(t.surprisalBits, 2),
				entropy: ns(t.entropyBits, 2),
				margin: t.margin === null ? "–" : `${t.margin < 0 ? "−" : "+"}${Math.abs(t.margin * 100).toFixed(1)}`
			}));
		}), o = (e) => t.value === e ? n.value ? "descending" : "ascending" : "none";
		return (e, s) => (L(), R("section", Of, [z("table", kf, [z("thead", null, [z("tr", null, [
			(L(!0), R(I, null, F(r.slice(0, 1), (e) => (L(), R("th", {
				key: e.key,
				"aria-sort": o(e.key)
			}, [z("button", {
				title: e.title,
				"data-testid": `sort-${e.key}`,
				onClick: (t) => i(e.key)
			}, D(e.label), 9, jf)], 8, Af))), 128)),
			s[0] ||= z("th", { class: "tg-steps__tokhead" }, "token", -1),
			(L(!0), R(I, null, F(r.slice(1), (e) => (L(), R("th", {
				key: e.key,
				"aria-sort": o(e.key)
			}, [z("button", {
				title: e.title,
				"data-testid": `sort-${e.key}`,
				onClick: (t) => i(e.key)
			}, [
				V(D(e.label), 1),
				e.unit ? (L(), R("i", Pf, D(e.unit), 1)) : H("", !0),
				t.value === e.key ? (L(), R("span", Ff, D(n.value ? " ▾" : " ▴"), 1)) : H("", !0)
			], 8, Nf)], 8, Mf))), 128))
		])]), z("tbody", null, [(L(!0), R(I, null, F(a.value, (e) => (L(), R("tr", {
			key: e.id,
			class: E({ "tg-steps__row--sel": e.pos === N(q) }),
			"data-pos": e.pos,
			"data-node": e.id,
			onClick: (t) => N(Ms)(e.id)
		}, [
			z("td", null, D(e.pos), 1),
			z("td", Lf, [z("span", {
				class: E(["tg-mono", { "tg-unmapped": e.unmapped }]),
				title: e.unmapped ? N(Ko) : void 0
			}, D(e.label), 11, Rf)]),
			z("td", zf, D(e.pText), 1),
			z("td", Bf, D(e.surprisal), 1),
			z("td", Vf, D(e.entropy), 1),
			z("td", Hf, D(e.margin), 1)
		], 10, If))), 128))])])]));
	}
}), [["__scopeId", "data-v-c4b6aab6"]]), Wf = {
	key: 0,
	class: "tg-strip",
	"data-testid": "strip",
	"aria-label": "probability and entropy along the path"
}, Gf = {
	class: "tg-strip__axis",
	"aria-hidden": "true"
}, Kf = {
	class: "tg-strip__axis-row tg-strip__axis-h",
	title: "entropy of the distribution it was chosen from (bar depth, 0 to 5 bits)"
}, qf = { class: "tg-strip__ticks" }, Jf = { class: "tg-strip__cols" }, Yf = ["title", "onClick"], Xf = { class: "tg-strip__p" }, Zf = { class: "tg-strip__h" }, Qf = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgStrip",
	setup(e) {
		let t = Oo("entropy").domain[1], n = U(() => {
			let e = Z.value, n = W.value;
			return e.slice(1).map((r, i) => {
				let a = Math.exp(r.logprob ?? NaN), o = e[i].entropy, s = o === null ? null : o / Math.LN2, c = s !== null && s > t, l = s === null ? `entropy unknown${is(e[i]) ? ` (only the top-k was returned, covering ${Ro(as(e[i]))})` : ""}` : `H=${s.toFixed(2)} bits (${o.toFixed(2)} nats)${c ? `, bar cut at ${t} bits` : ""}`;
				return {
					id: r.id,
					pos: i + 1,
					prob: a,
					pColour: Number.isNaN(a) ? "var(--fg-faint)" : jo("probability", a),
					h: s,
					hColour: s === null ? "" : jo("entropy", s),
					hFrac: s === null ? 0 : Math.min(1, s / t),
					clipped: c,
					title: `token ${i + 1}: \u2068${es(n.display(r.token))}\u2069  p=${Ro(a)}  ${l}`
				};
			});
		});
		return (e, r) => n.value.length ? (L(), R("section", Wf, [z("div", Gf, [r[2] ||= z("div", {
			class: "tg-strip__axis-row tg-strip__axis-p",
			title: "probability of the chosen token (bar height, 0 to 1)"
		}, [z("b", null, "p"), z("span", { class: "tg-strip__ticks" }, [z("span", null, "1"), z("span", null, "0")])], -1), z("div", Kf, [r[1] ||= z("b", null, "H", -1), z("span", qf, [r[0] ||= z("span", null, "0", -1), z("span", null, D(N(t)) + "b", 1)])])]), z("div", Jf, [(L(!0), R(I, null, F(n.value, (e) => (L(), R("div", {
			key: e.id,
			class: E(["tg-strip__col", { "tg-strip__col--sel": e.pos === N(q) }]),
			title: e.title,
			onClick: (t) => N(Ms)(e.id)
		}, [z("div", Xf, [z("div", {
			class: "tg-strip__bar tg-strip__bar--p",
			style: T({
				height: `${Math.max(4, e.prob * 100)}%`,
				background: e.pColour
			})
		}, null, 4)]), z("div", Zf, [z("div", {
			class: E(["tg-strip__bar tg-strip__bar--h", {
				"tg-strip__bar--unknown": e.h === null,
				"tg-strip__bar--clipped": e.clipped
			}]),
			style: T({
				height: `${e.h === null ? 100 : Math.max(3, e.hFrac * 100)}%`,
				background: e.hColour || void 0
			})
		}, null, 6)])], 10, Yf))), 128))])])) : H("", !0);
	}
}), [["__scopeId", "data-v-f6d53760"]]), $f = { class: "tg-text" }, ep = {
	key: 0,
	class: "tg-text__noprompt",
	"data-testid": "prompt",
	title: "this run was imported without its prompt"
}, tp = {
	key: 1,
	class: "tg-text__prompt",
	"data-testid": "prompt",
	title: "prompt"
}, np = [
	"data-node",
	"data-pos",
	"title",
	"onClick"
], rp = {
	key: 3,
	class: "tg-text__badge",
	"data-testid": "finish"
}, ip = {
	key: 4,
	class: "tg-text__badge tg-text__badge--result"
}, ap = {
	key: 5,
	class: "tg-text__badge tg-text__badge--pruned"
}, op = ["title"], sp = { class: "tg-text__metrics-what" }, cp = { "data-testid": "metric-total" }, lp = { "data-testid": "metric-nats" }, up = { "data-testid": "metric-bits" }, dp = { "data-testid": "metric-ppl" }, fp = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgText",
	setup(e) {
		let t = U(() => !!X.value && !X.value.prompt_token_ids.length && !X.value.prompt), n = U(() => {
			let e = X.value;
			if (!e) return "";
			let t = e.prompt_token_ids.length ? W.value.decode(e.prompt_token_ids) : e.prompt;
			return vs.value ? $o(t) : t;
		});
		function r(e, t) {
			let n = Z.value, r = ys.value;
			if (r === "entropy") return Fo(r, n[e], n[e - 1]);
			let i = 0;
			for (let r = e; r < t; r++) i += n[r].logprob ?? NaN;
			return Fo(r, {
				...n[e],
				logprob: i
			}, n[e - 1]);
		}
		function i(e, t) {
			if (!Ks.value) {
				let n = ys.value, i = r(e, t);
				return {
					value: i,
					bound: !1,
					label: `${Oo(n).label}: ${Io(n, i)}`
				};
			}
			let n = Z.value, i = qs.value, a = Zs(i, n.slice(e, t), n[e - 1]), o = `${Oo(i).label}: ${bo(a, uc(i), i === "delta_logprob")}`, s = t - e === 1 ? Ys(n[e]) : void 0;
			if (s) {
				let e = (e) => e === null ? "not recorded" : Ro(Math.exp(e));
				o += ` · p A ${e(s.logprob_a)}, B ${e(s.logprob_b)}`;
			}
			return {
				value: vo(a) ?? NaN,
				bound: a.state === "bound" && !sc.value[i],
				label: o
			};
		}
		let a = U(() => {
			let e = Y.value, t = Z.value;
			if (!e || t.length < 2) return [];
			let n = t.slice(1), r = W.value, a = vs.value, o = cc.value, s = Iu(n, r, bs.value);
			return r.segments(n.map((e) => e.token)).map((t) => {
				let c = !1, l = !1, u = !1, d = !1;
				for (let i = t.start; i < t.end; i++) {
					let t = n[i];
					t.parent !== null && e.children(t.parent).length > 1 && (c = !0), r.isSpecial(t.token) && (l = !0), Wo(t.token) && (u = !0), s.has(i) && (d = !0);
				}
				let { value: f, bound: p, label: m } = i(t.start + 1, t.end + 1), h = !Number.isNaN(f), g = h ? oc(o, f) : "", _ = h ? [] : ["tg-text__tok--unknown"];
				p && _.push("tg-text__tok--bound"), c && _.push("tg-text__tok--branch"), t.end - t.start > 1 && _.push("tg-text__tok--joined"), l && _.push(a ? "tg-text__tok--special" : "tg-text__tok--hidden"), u && _.push("tg-unmapped"), d && _.push("tg-text__tok--hit"), e.isPruned(n[t.start].id) && _.push("tg-text__tok--pruned");
				let v = l && !a ? "" : a ? $o(t.text) : t.text;
				!a && !l && /^\s*\n/.test(t.text) && _.push("tg-text__tok--nl");
				let y = t.end - t.start > 1 ? ` (${t.end - t.start} tokens)` : "", b = h && !l ? {
					backgroundColor: g,
					color: No(g)
				} : {};
				return {
					key: n[t.start].id,
					first: t.start + 1,
					last: t.end,
					text: v,
					cls: _,
					style: b,
					title: `${m}${y}${c ? " · has branches" : ""}${u ? ` · ${Ko}` : ""}`
				};
			});
		}), o = U(() => ts(Z.value.slice(1))), s = U(() => X.value?.strategy.name === "forced"), c = U(() => Z.value[Z.value.length - 1]), l = U(() => Z.value.length > 0 && !!c.value?.top && !ss(c.value)), u = U(() => c.value?.finish ?? null), d = U(() => (c.value && Y.value?.isPruned(c.value.id)) ?? !1), f = U(() => c.value ? Es.value.get(c.value.id) : void 0);
		function p(e) {
			Ms(Z.value[e.first].id);
		}
		let m = /* @__PURE__ */ M(null);
		return P(q, async () => {
			await Sn(), (m.value?.querySelector(".tg-text__tok--sel"))?.scrollIntoView?.({ block: "nearest" });
		}), (e, r) => (L(), R("section", $f, [z("div", {
			ref_key: "box",
			ref: m,
			class: E(["tg-text__box", { "tg-text--invisible": N(vs) }]),
			"data-testid": "text"
		}, [
			t.value ? (L(), R("span", ep, "(prompt not recorded) ")) : (L(), R("span", tp, D(n.value), 1)),
			(L(!0), R(I, null, F(a.value, (e) => (L(), R("span", {
				key: e.key,
				class: E(["tg-text__tok", [e.cls, { "tg-text__tok--sel": N(q) >= e.first && N(q) <= e.last }]]),
				style: T(e.style),
				"data-node": e.key,
				"data-pos": e.first,
				title: e.title,
				onClick: (t) => p(e)
			}, D(e.text), 15, np))), 128)),
			l.value ? (L(), R("span", {
				key: 2,
				class: E(["tg-text__next", { "tg-text__tok--sel": N(q) === N(Z).length }]),
				"data-testid": "next-slot",
				title: "the next-token distribution after this path",
				onClick: r[0] ||= (e) => N(Ns)(c.value.id)
			}, "▸", 2)) : H("", !0),
			u.value ? (L(), R("span", rp, D(u.value === "eos" ? "end of sequence" : u.value === "stop" ? "stopped" : "length limit"), 1)) : H("", !0),
			f.value === void 0 ? H("", !0) : (L(), R("span", ip, "result #" + D(f.value + 1), 1)),
			d.value ? (L(), R("span", ap, "pruned beam")) : H("", !0)
		], 2), o.value.tokens ? (L(), R("div", {
			key: 0,
			class: "tg-text__metrics tg-num",
			"data-testid": "path-metrics",
			title: "over the " + o.value.tokens + " tokens after the prompt on this path; the same numbers as Run.path_metrics() in Python"
		}, [
			z("span", sp, D(s.value ? "How surprised the model was by the given text" : "This path") + ":", 1),
			z("span", null, D(o.value.tokens) + " token" + D(o.value.tokens === 1 ? "" : "s"), 1),
			z("span", null, [r[1] ||= V("total logprob ", -1), z("b", cp, D(N(ns)(o.value.totalLogprob, 3)), 1)]),
			z("span", null, [
				r[2] ||= V("mean surprisal ", -1),
				z("b", lp, D(N(ns)(o.value.meanSurprisalNats, 3)), 1),
				r[3] ||= V(" nats = ", -1),
				z("b", up, D(N(ns)(o.value.meanSurprisalBits, 3)), 1),
				r[4] ||= V(" bits per token", -1)
			]),
			z("span", null, [r[5] ||= V("perplexity ", -1), z("b", dp, D(N(ns)(o.value.perplexity, 3)), 1)])
		], 8, op)) : H("", !0)]));
	}
}), [["__scopeId", "data-v-fe1711e2"]]), pp = .02, mp = (e) => Math.min(3, Math.max(pp, e));
function hp(e, t, n, r) {
	let i = mp(e.k * t), a = i / e.k;
	return {
		k: i,
		x: n - (n - e.x) * a,
		y: r - (r - e.y) * a
	};
}
function gp(e, t, n, r = 24) {
	let i = mp(Math.min(1, (t - 2 * r) / Math.max(1, e.x1 - e.x0), (n - 2 * r) / Math.max(1, e.y1 - e.y0)));
	return {
		k: i,
		x: t / 2 - (e.x0 + e.x1) / 2 * i,
		y: n / 2 - (e.y0 + e.y1) / 2 * i
	};
}
function _p(e, t, n, r, i) {
	return {
		k: n,
		x: r / 2 - e * n,
		y: i / 2 - t * n
	};
}
function vp(e) {
	let t = /* @__PURE__ */ Zt({
		k: 1,
		x: 0,
		y: 0
	}), n = null, r = !1, i = (e) => {
		e.button === 0 && (n = {
			id: e.pointerId,
			sx: e.clientX,
			sy: e.clientY,
			view: t.value,
			moved: !1
		});
	}, a = (r) => {
		if (!n || r.pointerId !== n.id) return;
		let i = r.clientX - n.sx, a = r.clientY - n.sy;
		!n.moved && Math.abs(i) + Math.abs(a) < 4 || (n.moved || (n.moved = !0, e.value?.setPointerCapture?.(r.pointerId)), t.value = {
			k: n.view.k,
			x: n.view.x + i,
			y: n.view.y + a
		});
	}, o = (e) => {
		n && e.pointerId === n.id && (r = n.moved, n = null);
	}, s = (e) => {
		r && (e.stopPropagation(), e.preventDefault()), r = !1;
	}, c = (n) => {
		let r = e.value;
		if (!r) return;
		n.preventDefault();
		let i = r.getBoundingClientRect();
		t.value = hp(t.value, Math.exp(-n.deltaY * (n.deltaMode === 1 ? .05 : .002)), n.clientX - i.left, n.clientY - i.top);
	};
	return or(() => {
		let t = e.value;
		t && (t.addEventListener("pointerdown", i), t.addEventListener("pointermove", a), t.addEventListener("pointerup", o), t.addEventListener("pointercancel", o), t.addEventListener("click", s, !0), t.addEventListener("wheel", c, { passive: !1 }));
	}), sr(() => {
		let t = e.value;
		t && (t.removeEventListener("pointerdown", i), t.removeEventListener("pointermove", a), t.removeEventListener("pointerup", o), t.removeEventListener("pointercancel", o), t.removeEventListener("click", s, !0), t.removeEventListener("wheel", c));
	}), {
		view: t,
		zoomBy: (n) => {
			let r = e.value?.getBoundingClientRect();
			t.value = hp(t.value, n, (r?.width ?? 0) / 2, (r?.height ?? 0) / 2);
		}
	};
}
// node_modules/d3-hierarchy/dist/d3-hierarchy.mjs
function yp(e) {
	var t = 0, n = e.children, r = n && n.length;
	if (!r) t = 1;
	else for (; --r >= 0;) t += n[r].value;
	e.value = t;
}
function bp() {
	return this.eachAfter(yp);
}
function xp(e, t) {
	let n = -1;
	for (let r of this) e.call(t, r, ++n, this);
	return this;
}
function Sp(e, t) {
	for (var n = this, r = [n], i, a, o = -1; n = r.pop();) if (e.call(t, n, ++o, this), i = n.children) for (a = i.length - 1; a >= 0; --a) r.push(i[a]);
	return this;
}
function Cp(e, t) {
	for (var n = this, r = [n], i = [], a, o, s, c = -1; n = r.pop();) if (i.push(n), a = n.children) for (o = 0, s = a.length; o < s; ++o) r.push(a[o]);
	for (; n = i.pop();) e.call(t, n, ++c, this);
	return this;
}
function wp(e, t) {
	let n = -1;
	for (let r of this) if (e.call(t, r, ++n, this)) return r;
}
function Tp(e) {
	return this.eachAfter(function(t) {
		for (var n = +e(t.data) || 0, r = t.children, i = r && r.length; --i >= 0;) n += r[i].value;
		t.value = n;
	});
}
function Ep(e) {
	return this.eachBefore(function(t) {
		t.children && t.children.sort(e);
	});
}
function Dp(e) {
	for (var t = this, n = Op(t, e), r = [t]; t !== n;) t = t.parent, r.push(t);
	for (var i = r.length; e !== n;) r.splice(i, 0, e), e = e.parent;
	return r;
}
function Op(e, t) {
	if (e === t) return e;
	var n = e.ancestors(), r = t.ancestors(), i = null;
	for (e = n.pop(), t = r.pop(); e === t;) i = e, e = n.pop(), t = r.pop();
	return i;
}
function kp() {
	for (var e = this, t = [e]; e = e.parent;) t.push(e);
	return t;
}
function Ap() {
	return Array.from(this);
}
function jp() {
	var e = [];
	return this.eachBefore(function(t) {
		t.children || e.push(t);
	}), e;
}
function Mp() {
	var e = this, t = [];
	return e.each(function(n) {
		n !== e && t.push({
			source: n.parent,
			target: n
		});
	}), t;
}
function* Np() {
	var e = this, t, n = [e], r, i, a;
	do
		for (t = n.reverse(), n = []; e = t.pop();) if (yield e, r = e.children) for (i = 0, a = r.length; i < a; ++i) n.push(r[i]);
	while (n.length);
}
function Pp(e, t) {
	e instanceof Map ? (e = [void 0, e], t === void 0 && (t = Lp)) : t === void 0 && (t = Ip);
	for (var n = new Bp(e), r, i = [n], a, o, s, c; r = i.pop();) if ((o = t(r.data)) && (c = (o = Array.from(o)).length)) for (r.children = o, s = c - 1; s >= 0; --s) i.push(a = o[s] = new Bp(o[s])), a.parent = r, a.depth = r.depth + 1;
	return n.eachBefore(zp);
}
function Fp() {
	return Pp(this).eachBefore(Rp);
}
function Ip(e) {
	return e.children;
}
function Lp(e) {
	return Array.isArray(e) ? e[1] : null;
}
function Rp(e) {
	e.data.value !== void 0 && (e.value = e.data.value), e.data = e.data.data;
}
function zp(e) {
	var t = 0;
	do
		e.height = t;
	while ((e = e.parent) && e.height < ++t);
}
function Bp(e) {
	this.data = e, this.depth = this.height = 0, this.parent = null;
}
Bp.prototype = Pp.prototype = {
	constructor: Bp,
	count: bp,
	each: xp,
	eachAfter: Cp,
	eachBefore: Sp,
	find: wp,
	sum: Tp,
	sort: Ep,
	path: Dp,
	ancestors: kp,
	descendants: Ap,
	leaves: jp,
	links: Mp,
	copy: Fp,
	[Symbol.iterator]: Np
};
function Vp(e, t, n, r, i) {
	for (var a = e.children, o, s = -1, c = a.length, l = e.value && (r - t) / e.value; ++s < c;) o = a[s], o.y0 = n, o.y1 = i, o.x0 = t, o.x1 = t += o.value * l;
}
function Hp(e, t) {
	return e.parent === t.parent ? 1 : 2;
}
function Up(e) {
	var t = e.children;
	return t ? t[0] : e.t;
}
function Wp(e) {
	var t = e.children;
	return t ? t[t.length - 1] : e.t;
}
function Gp(e, t, n) {
	var r = n / (t.i - e.i);
	t.c -= r, t.s += n, e.c += r, t.z += n, t.m += n;
}
function Kp(e) {
	for (var t = 0, n = 0, r = e.children, i = r.length, a; --i >= 0;) a = r[i], a.z += t, a.m += t, t += a.s + (n += a.c);
}
function qp(e, t, n) {
	return e.a.parent === t.parent ? e.a : n;
}
function Jp(e, t) {
	this._ = e, this.parent = null, this.children = null, this.A = null, this.a = this, this.z = 0, this.m = 0, this.c = 0, this.s = 0, this.t = null, this.i = t;
}
Jp.prototype = Object.create(Bp.prototype);
function Yp(e) {
	for (var t = new Jp(e, 0), n, r = [t], i, a, o, s; n = r.pop();) if (a = n._.children) for (n.children = Array(s = a.length), o = s - 1; o >= 0; --o) r.push(i = n.children[o] = new Jp(a[o], o)), i.parent = n;
	return (t.parent = new Jp(null, 0)).children = [t], t;
}
function Xp() {
	var e = Hp, t = 1, n = 1, r = null;
	function i(i) {
		var s = Yp(i);
		if (s.eachAfter(a), s.parent.m = -s.z, s.eachBefore(o), r) i.eachBefore(c);
		else {
			var l = i, u = i, d = i;
			i.eachBefore(function(e) {
				e.x < l.x && (l = e), e.x > u.x && (u = e), e.depth > d.depth && (d = e);
			});
			var f = l === u ? 1 : e(l, u) / 2, p = f - l.x, m = t / (u.x + f + p), h = n / (d.depth || 1);
			i.eachBefore(function(e) {
				e.x = (e.x + p) * m, e.y = e.depth * h;
			});
		}
		return i;
	}
	function a(t) {
		var n = t.children, r = t.parent.children, i = t.i ? r[t.i - 1] : null;
		if (n) {
			Kp(t);
			var a = (n[0].z + n[n.length - 1].z) / 2;
			i ? (t.z = i.z + e(t._, i._), t.m = t.z - a) : t.z = a;
		} else i && (t.z = i.z + e(t._, i._));
		t.parent.A = s(t, i, t.parent.A || r[0]);
	}
	function o(e) {
		e._.x = e.z + e.parent.m, e.m += e.parent.m;
	}
	function s(t, n, r) {
		if (n) {
			for (var i = t, a = t, o = n, s = i.parent.children[0], c = i.m, l = a.m, u = o.m, d = s.m, f; o = Wp(o), i = Up(i), o && i;) s = Up(s), a = Wp(a), a.a = t, f = o.z + u - i.z - c + e(o._, i._), f > 0 && (Gp(qp(o, t, r), t, f), c += f, l += f), u += o.m, c += i.m, d += s.m, l += a.m;
			o && !Wp(a) && (a.t = o, a.m += u - l), i && !Up(s) && (s.t = i, s.m += c - d, r = t);
		}
		return r;
	}
	function c(e) {
		e.x *= t, e.y = e.depth * n;
	}
	return i.separation = function(t) {
		return arguments.length ? (e = t, i) : e;
	}, i.size = function(e) {
		return arguments.length ? (r = !1, t = +e[0], n = +e[1], i) : r ? null : [t, n];
	}, i.nodeSize = function(e) {
		return arguments.length ? (r = !0, t = +e[0], n = +e[1], i) : r ? [t, n] : null;
	}, i;
}
function Zp(e, t, n, r, i) {
	for (var a = e.children, o, s = -1, c = a.length, l = e.value && (i - n) / e.value; ++s < c;) o = a[s], o.x0 = t, o.x1 = r, o.y0 = n, o.y1 = n += o.value * l;
}
var Qp = (1 + Math.sqrt(5)) / 2;
function $p(e, t, n, r, i, a) {
	for (var o = [], s = t.children, c, l, u = 0, d = 0, f = s.length, p, m, h = t.value, g, _, v, y, b, x, S; u < f;) {
		p = i - n, m = a - r;
		do
			g = s[d++].value;
		while (!g && d < f);
		for (_ = v = g, x = Math.max(m / p, p / m) / (h * e), S = g * g * x, b = Math.max(v / S, S / _); d < f; ++d) {
			if (g += l = s[d].value, l < _ && (_ = l), l > v && (v = l), S = g * g * x, y = Math.max(v / S, S / _), y > b) {
				g -= l;
				break;
			}
			b = y;
		}
		o.push(c = {
			value: g,
			dice: p < m,
			children: s.slice(u, d)
		}), c.dice ? Vp(c, n, r, i, h ? r += m * g / h : a) : Zp(c, n, r, h ? n += p * g / h : i, a), h -= g, u = d;
	}
	return o;
}
(function e(t) {
	function n(e, n, r, i, a) {
		$p(t, e, n, r, i, a);
	}
	return n.ratio = function(t) {
		return e((t = +t) > 1 ? t : 1);
	}, n;
})(Qp), (function e(t) {
	function n(e, n, r, i, a) {
		if ((o = e._squarify) && o.ratio === t) for (var o, s, c, l, u = -1, d, f = o.length, p = e.value; ++u < f;) {
			for (s = o[u], c = s.children, l = s.value = 0, d = c.length; l < d; ++l) s.value += c[l].value;
			s.dice ? Vp(s, n, r, i, p ? r += (a - r) * s.value / p : a) : Zp(s, n, r, p ? n += (i - n) * s.value / p : i, a), p -= s.value;
		}
		else e._squarify = o = $p(t, e, n, r, i, a), o.ratio = t;
	}
	return n.ratio = function(t) {
		return e((t = +t) > 1 ? t : 1);
	}, n;
})(Qp);
function em(e, t) {
	let n = (t) => e.node(t)?.logprob ?? -Infinity;
	return [...e.children(t)].sort((e, t) => n(t) - n(e) || e - t);
}
function tm(e, t = /* @__PURE__ */ new Set()) {
	let n = Pp(e.root.id, (n) => t.has(n) ? null : em(e, n)), r = Xp().nodeSize([28, 120]).separation((e, t) => e.parent === t.parent ? 1 : 1.25)(n), i = [], a = /* @__PURE__ */ new Map(), o = {
		x0: Infinity,
		x1: -Infinity,
		y0: Infinity,
		y1: -Infinity
	};
	return r.each((n) => {
		let r = n.data, s = e.children(r).length, c = {
			id: r,
			parent: n.parent ? n.parent.data : null,
			depth: n.depth,
			x: n.y,
			y: n.x,
			childCount: s,
			hidden: t.has(r) && s ? e.subtreeSize(r) : 0
		};
		i.push(c), a.set(r, c), o.x0 = Math.min(o.x0, c.x), o.x1 = Math.max(o.x1, c.x), o.y0 = Math.min(o.y0, c.y), o.y1 = Math.max(o.y1, c.y);
	}), {
		nodes: i,
		byId: a,
		bounds: o
	};
}
// src/components/TgTree.vue?vue&type=script&setup=true&lang.ts
var nm = {
	class: "tg-tree",
	"data-testid": "tree"
}, rm = { class: "tg-tree__bar tg-noprint" }, im = ["data-drawn"], am = ["d"], om = ["d", "fill"], sm = [
	"data-edge",
	"d",
	"stroke-width"
], cm = [
	"data-node",
	"transform",
	"onClick"
], lm = [
	"x",
	"y",
	"fill"
], um = ["x", "fill"], dm = ["data-toggle", "onClick"], fm = ["cx"], pm = ["x"], mm = ["x"], hm = ["x"], gm = ["x"], _m = 92, vm = 20, ym = .45, bm = 1200, xm = 12, Sm = .6, Cm = 120, wm = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgTree",
	setup(e) {
		let t = /* @__PURE__ */ M(/* @__PURE__ */ new Set());
		P(G, () => {
			t.value = /* @__PURE__ */ new Set();
		});
		let n = U(() => {
			fs.value;
			let e = Y.value;
			return e ? tm(e, t.value) : null;
		}), r = /* @__PURE__ */ M(null), i = /* @__PURE__ */ M(null), a = /* @__PURE__ */ M(null), o = /* @__PURE__ */ M({
			w: 800,
			h: 480
		}), { view: s, zoomBy: c } = vp(r), l = /* @__PURE__ */ Zt({
			x0: 0,
			y0: 0,
			x1: 0,
			y1: 0,
			k: 1
		});
		function u(e) {
			return {
				x0: -e.x / e.k,
				y0: -e.y / e.k,
				x1: (o.value.w - e.x) / e.k,
				y1: (o.value.h - e.y) / e.k
			};
		}
		function d(e) {
			let t = s.value, n = u(t), r = l.value, i = n.x0 >= r.x0 && n.x1 <= r.x1 && n.y0 >= r.y0 && n.y1 <= r.y1, a = t.k >= ym == r.k >= ym, o = (r.x1 - r.x0) * (r.y1 - r.y0) > 9 * (n.x1 - n.x0) * (n.y1 - n.y0);
			if (!e && i && a && !o) return;
			let c = (n.x1 - n.x0) / 2, d = (n.y1 - n.y0) / 2;
			l.value = {
				x0: n.x0 - c,
				y0: n.y0 - d,
				x1: n.x1 + c,
				y1: n.y1 + d,
				k: t.k
			};
		}
		let f = {
			k: 1,
			x: 0,
			y: 0
		}, p;
		function m(e) {
			f = e, i.value?.setAttribute("transform", `translate(${e.x + o.value.w / 2},${e.y + o.value.h / 2}) scale(${e.k})`), a.value && (a.value.style.transform = "");
		}
		P(s, (e) => {
			clearTimeout(p), v.value.coarse && e.k === f.k && a.value ? (a.value.style.transform = `translate(${e.x - f.x}px, ${e.y - f.y}px)`, p = setTimeout(() => {
				m(s.value), d(!1);
			}, Cm)) : (m(e), d(!1));
		}, { flush: "sync" });
		let h = U(() => new Set(Z.value.map((e) => e.id))), g = U(() => Z.value[q.value]?.id ?? K.value);
		function _(e, t) {
			let n = e.x + _m / 2 + (e.childCount ? 12 : 0), r = t.x - _m / 2, i = (n + r) / 2;
			return `M${n},${e.y}C${i},${e.y} ${i},${t.y} ${r},${t.y}`;
		}
		let v = U(() => {
			let e = n.value, t = Y.value, r = l.value;
			if (!e || !t) return {
				nodes: [],
				edges: [],
				coarse: null,
				total: 0
			};
			let i = [], a = [];
			for (let t of e.nodes) {
				if (t.x + _m >= r.x0 && t.x - _m <= r.x1 && t.y + 28 >= r.y0 && t.y - 28 <= r.y1 && i.push(t), t.parent === null) continue;
				let n = e.byId.get(t.parent);
				t.x >= r.x0 && n.x <= r.x1 && Math.max(t.y, n.y) >= r.y0 && Math.min(t.y, n.y) <= r.y1 && a.push(t);
			}
			if (i.length > bm) return {
				nodes: [],
				edges: [],
				coarse: y(i, a),
				total: e.nodes.length
			};
			let o = cc.value, s = W.value;
			return {
				nodes: i.map((e) => {
					let n = t.node(e.id), r = n.parent === null ? void 0 : t.node(n.parent), { value: i, bound: a, text: c } = n.parent === null ? {
						value: NaN,
						bound: !1,
						text: ""
					} : lc(n, r), l = Number.isNaN(i) ? "var(--bg-soft)" : oc(o, i), u = n.token === null ? "prompt" : es(s.display(n.token)), d = u.length > xm ? u.slice(0, 11) + "…" : u, f = Es.value.get(e.id);
					return {
						...e,
						label: d,
						fill: l,
						ink: Number.isNaN(i) ? "var(--fg)" : No(l),
						bound: a,
						title: n.token === null ? "the prompt" : `${u}  ${Oo(o).label} ${c}` + (f === void 0 ? "" : ` · result #${f + 1}`),
						pruned: t.isPruned(e.id),
						result: f,
						ended: ss(n)
					};
				}),
				edges: a.map((n) => {
					let r = t.node(n.id), i = Math.exp(r.logprob ?? -Infinity);
					return {
						id: n.id,
						d: _(e.byId.get(n.parent), n),
						width: 1 + 5 * i,
						path: h.value.has(n.id),
						pruned: t.isPruned(n.id)
					};
				}),
				coarse: null,
				total: e.nodes.length
			};
		});
		function y(e, t) {
			let r = n.value, i = Y.value, a = cc.value, o = {
				plain: [],
				path: [],
				pruned: []
			};
			for (let e of t) {
				let t = r.byId.get(e.parent);
				o[h.value.has(e.id) ? "path" : i.isPruned(e.id) ? "pruned" : "plain"].push(`M${t.x + _m / 2},${t.y}L${e.x - _m / 2},${e.y}`);
			}
			let s = /* @__PURE__ */ new Map(), [c, l] = ac(a);
			for (let t of e) {
				let e = i.node(t.id), n = e.parent === null ? NaN : lc(e, i.node(e.parent)).value, r = Number.isNaN(n) ? -1 : Math.round(Math.min(1, Math.max(0, (n - c) / (l - c))) * 16), o = r < 0 ? "var(--bg-soft)" : oc(a, c + r / 16 * (l - c)), u = s.get(o) ?? [];
				u.push(`M${t.x - _m / 2},${t.y - vm / 2}h${_m}v${vm}h-92z`), s.set(o, u);
			}
			return {
				edges: Object.entries(o).filter(([, e]) => e.length).map(([e, t]) => ({
					cls: e,
					d: t.join("")
				})),
				boxes: [...s.entries()].map(([e, t]) => ({
					fill: e,
					d: t.join("")
				}))
			};
		}
		let b = U(() => l.value.k >= ym);
		function x(e) {
			let n = new Set(t.value);
			n.has(e) ? n.delete(e) : n.add(e), t.value = n;
		}
		function S(e) {
			Ms(e);
		}
		function C(e) {
			if (!v.value.coarse || !r.value || !n.value) return;
			let t = r.value.getBoundingClientRect(), i = s.value, a = (e.clientX - t.left - i.x) / i.k, o = (e.clientY - t.top - i.y) / i.k, c = n.value.nodes.find((e) => Math.abs(e.x - a) <= _m / 2 && Math.abs(e.y - o) <= vm / 2);
			c && S(c.id);
		}
		function ee() {
			let e = n.value.bounds;
			return {
				x0: e.x0 - _m / 2,
				x1: e.x1 + _m / 2 + 30,
				y0: e.y0 - 14,
				y1: e.y1 + 14
			};
		}
		function te() {
			n.value && (s.value = gp(ee(), o.value.w, o.value.h));
		}
		function ne(e = !1) {
			let r = Y.value, i = g.value;
			if (!r) return;
			let a = r.path(i).slice(0, -1).map((e) => e.id).filter((e) => t.value.has(e));
			if (a.length) {
				let e = new Set(t.value);
				for (let t of a) e.delete(t);
				t.value = e;
			}
			let c = n.value?.byId.get(i);
			if (!c) return;
			let l = u(s.value), d = 40 / s.value.k, f = c.x - _m / 2 >= l.x0 + d && c.x + _m / 2 <= l.x1 - d && c.y >= l.y0 + d && c.y <= l.y1 - d;
			(e || !f) && (s.value = _p(c.x, c.y, Math.max(s.value.k, ym), o.value.w, o.value.h));
		}
		function re() {
			let e = n.value;
			if (!e) return;
			let { w: t, h: r } = o.value, i = ee(), a = gp(i, t, r), c = e.byId.get(g.value) ?? e.nodes[0];
			if (a.k >= Sm) s.value = a;
			else {
				let e = gp({
					...i,
					y0: c.y,
					y1: c.y
				}, t, r);
				s.value = e.k >= Sm ? {
					...e,
					y: r / 2 - c.y * e.k
				} : _p(c.x + t / 4, c.y, 1, t, r);
			}
			d(!0);
		}
		P(g, () => ne()), P(G, async () => {
			await Sn(), re();
		}), P(n, () => d(!0));
		let w = null;
		or(() => {
			let e = r.value;
			e && (o.value = {
				w: e.clientWidth || 800,
				h: e.clientHeight || 480
			}, typeof ResizeObserver < "u" && (w = new ResizeObserver(() => {
				o.value = {
					w: e.clientWidth || o.value.w,
					h: e.clientHeight || o.value.h
				}, d(!0);
			}), w.observe(e))), re(), m(s.value);
		}), sr(() => w?.disconnect());
		let ie = U(() => (fs.value, Y.value?.size ?? 0));
		return (e, t) => (L(), R("section", nm, [z("div", rm, [
			z("span", null, D(ie.value) + " node" + D(ie.value === 1 ? "" : "s") + " · drag to pan, wheel to zoom, click a node to select it, ⊖ folds a subtree", 1),
			z("button", {
				title: "zoom out",
				"aria-label": "zoom out",
				onClick: t[0] ||= (e) => N(c)(1 / 1.4)
			}, "−"),
			z("button", {
				title: "zoom in",
				"aria-label": "zoom in",
				onClick: t[1] ||= (e) => N(c)(1.4)
			}, "+"),
			z("button", {
				"data-testid": "tree-fit",
				onClick: te
			}, "Fit"),
			z("button", {
				"data-testid": "tree-selected",
				onClick: t[2] ||= (e) => ne(!0)
			}, "Selected")
		]), z("div", {
			ref_key: "box",
			ref: r,
			class: "tg-tree__box",
			onClick: C
		}, [(L(), R("svg", {
			ref_key: "svg",
			ref: a,
			class: E(["tg-tree__svg", { "tg-tree__svg--coarse": !!v.value.coarse }]),
			role: "img",
			"aria-label": "the run's tree",
			"data-drawn": v.value.nodes.length
		}, [z("g", {
			ref_key: "world",
			ref: i
		}, [v.value.coarse ? (L(), R(I, { key: 0 }, [(L(!0), R(I, null, F(v.value.coarse.edges, (e) => (L(), R("path", {
			key: e.cls,
			d: e.d,
			class: E(["tg-tree__edge", `tg-tree__edge--${e.cls}`])
		}, null, 10, am))), 128)), (L(!0), R(I, null, F(v.value.coarse.boxes, (e) => (L(), R("path", {
			key: e.fill,
			d: e.d,
			fill: e.fill,
			class: "tg-tree__coarse-box"
		}, null, 8, om))), 128))], 64)) : (L(), R(I, { key: 1 }, [(L(!0), R(I, null, F(v.value.edges, (e) => (L(), R("path", {
			key: e.id,
			"data-edge": e.id,
			d: e.d,
			class: E(["tg-tree__edge", {
				"tg-tree__edge--path": e.path,
				"tg-tree__edge--pruned": e.pruned
			}]),
			"stroke-width": e.width
		}, null, 10, sm))), 128)), (L(!0), R(I, null, F(v.value.nodes, (e) => (L(), R("g", {
			key: e.id,
			class: E(["tg-tree__node", {
				"tg-tree__node--path": h.value.has(e.id),
				"tg-tree__node--sel": e.id === g.value,
				"tg-tree__node--pruned": e.pruned,
				"tg-tree__node--root": e.parent === null
			}]),
			"data-node": e.id,
			transform: `translate(${e.x},${e.y})`,
			onClick: ro((t) => S(e.id), ["stop"])
		}, [
			z("title", null, D(e.title), 1),
			z("rect", {
				x: -46,
				y: -10,
				width: _m,
				height: vm,
				rx: "4",
				fill: e.fill,
				class: E(["tg-tree__box-rect", { "tg-tree__box-rect--bound": e.bound }])
			}, null, 10, lm),
			b.value ? (L(), R("text", {
				key: 0,
				x: -41,
				y: "4",
				fill: e.ink,
				class: "tg-tree__label"
			}, D(e.label), 9, um)) : H("", !0),
			e.childCount ? (L(), R("g", {
				key: 1,
				class: "tg-tree__knob",
				"data-toggle": e.id,
				onClick: ro((t) => x(e.id), ["stop"])
			}, [z("circle", {
				cx: 53,
				cy: "0",
				r: "5.5"
			}, null, 8, fm), z("text", {
				x: 53,
				y: "3.5"
			}, D(e.hidden ? "+" : "−"), 9, pm)], 8, dm)) : H("", !0),
			e.hidden ? (L(), R("text", {
				key: 2,
				x: 62,
				y: "4",
				class: "tg-tree__hidden"
			}, "+" + D(e.hidden), 9, mm)) : H("", !0),
			e.result === void 0 ? H("", !0) : (L(), R("text", {
				key: 3,
				x: _m / 2 + (e.childCount ? 16 : 4),
				y: "-7",
				class: "tg-tree__result"
			}, "#" + D(e.result + 1), 9, hm)),
			e.ended && e.result === void 0 && b.value ? (L(), R("text", {
				key: 4,
				x: 50,
				y: "4",
				class: "tg-tree__hidden"
			}, "end", 8, gm)) : H("", !0)
		], 10, cm))), 128))], 64))], 512)], 10, im))], 512)]));
	}
}), [["__scopeId", "data-v-e43a28a3"]]), Tm = ["data-ready"], Em = {
	key: 0,
	class: "tg-app__error",
	role: "alert"
}, Dm = {
	key: 1,
	class: "tg-app__loading"
}, Om = {
	key: 0,
	class: "tg-app__partial tg-noprint",
	role: "status",
	"data-testid": "partial"
}, km = { class: "tg-app__main" }, Am = { class: "tg-app__left" }, jm = {
	class: "tg-app__tabs tg-noprint",
	role: "tablist"
}, Mm = ["aria-selected"], Nm = ["aria-selected"], Pm = ["aria-selected"], Fm = ["aria-selected"], Im = { class: "tg-app__jumps" }, Lm = { class: "tg-app__hint" }, Rm = { class: "tg-app__right" }, zm = /*#__PURE__*/ Cl(/* @__PURE__ */ Xn({
	__name: "TgApp",
	setup(e) {
		let t = zn(Bc, !1), n = zn(gc, null), r = U(() => Ks.value ? n : null);
		t || (Sc(), wc(), zc());
		let i = U(() => us.value !== null), a = P(i, (e) => {
			e && (t || Ac(), a());
		});
		return (e, n) => (L(), R("div", {
			class: E(["tg-app", { "tg-app--embedded": N(t) }]),
			"data-ready": i.value && !N(ms) ? "true" : "false"
		}, [N(ps) ? (L(), R("div", Em, "Cannot show this trace: " + D(N(ps)), 1)) : i.value ? (L(), R(I, { key: 2 }, [
			B($u),
			N(ms) ? (L(), R("div", Om, " Showing each distribution's first 1,000 candidates while the whole trace is read… ")) : H("", !0),
			r.value ? (L(), yi(ur(r.value.bar), { key: 1 })) : H("", !0),
			z("main", km, [z("section", Am, [
				N(Ss) ? (L(), yi(Sd, {
					key: 0,
					class: "tg-app__live"
				})) : H("", !0),
				z("div", jm, [
					z("button", {
						role: "tab",
						"aria-selected": N(J) === "text",
						class: E({ on: N(J) === "text" }),
						"data-testid": "tab-text",
						onClick: n[0] ||= (e) => J.value = "text"
					}, "Text", 10, Mm),
					z("button", {
						role: "tab",
						"aria-selected": N(J) === "tree",
						class: E({ on: N(J) === "tree" }),
						"data-testid": "tab-tree",
						onClick: n[1] ||= (e) => J.value = "tree"
					}, "Tree", 10, Nm),
					z("button", {
						role: "tab",
						"aria-selected": N(J) === "outline",
						class: E({ on: N(J) === "outline" }),
						"data-testid": "tab-outline",
						onClick: n[2] ||= (e) => J.value = "outline"
					}, "Outline", 10, Pm),
					z("button", {
						role: "tab",
						"aria-selected": N(J) === "steps",
						class: E({ on: N(J) === "steps" }),
						"data-testid": "tab-steps",
						title: "the path as a sortable table: p, surprisal, entropy, margin per step",
						onClick: n[3] ||= (e) => J.value = "steps"
					}, "Steps", 10, Fm),
					z("span", Im, [z("button", {
						"data-testid": "jump-uncertain",
						title: "the next most uncertain step: the highest entropy of the distribution a token was drawn from (key U; Shift+U back)",
						onClick: n[4] ||= (e) => N(Lc)("uncertain")
					}, [...n[6] ||= [V("Most uncertain ", -1), z("kbd", null, "U", -1)]]), z("button", {
						"data-testid": "jump-unlikely",
						title: "the next least likely token of the path (key L; Shift+L back)",
						onClick: n[5] ||= (e) => N(Lc)("unlikely")
					}, [...n[7] ||= [V("Least likely ", -1), z("kbd", null, "L", -1)]])]),
					z("span", Lm, [n[8] ||= V("← → step · ↑ ↓ candidates · Enter follow", -1), r.value ? (L(), R(I, { key: 0 }, [V(" · N next largest divergence · D next top-1 disagreement")], 64)) : H("", !0)])
				]),
				N(J) === "text" ? (L(), yi(fp, {
					key: 1,
					class: "tg-app__view"
				})) : N(J) === "tree" ? (L(), yi(wm, {
					key: 2,
					class: "tg-app__view"
				})) : N(J) === "outline" ? (L(), yi(uf, {
					key: 3,
					class: "tg-app__view"
				})) : (L(), yi(Uf, {
					key: 4,
					class: "tg-app__view"
				})),
				r.value ? (L(), yi(ur(r.value.strip), {
					key: 5,
					class: "tg-app__strip"
				})) : (L(), yi(Qf, {
					key: 6,
					class: "tg-app__strip"
				})),
				B(yu, { class: "tg-app__forking" }),
				r.value ? (L(), yi(ur(r.value.legend), {
					key: 7,
					class: "tg-app__legend"
				})) : (L(), yi(dd, {
					key: 8,
					class: "tg-app__legend"
				})),
				B(Df, { class: "tg-app__results" })
			]), z("aside", Rm, [r.value ? (L(), yi(ur(r.value.distribution), {
				key: 0,
				class: "tg-app__distribution"
			})) : (L(), yi(wl, {
				key: 1,
				class: "tg-app__distribution"
			})), B(Kd, { class: "tg-app__meta" })])])
		], 64)) : (L(), R("div", Dm, "Loading trace…"))], 10, Tm));
	}
}), [["__scopeId", "data-v-dcf4b6f3"]]);
function Bm(e) {
	let t = e.version;
	if (typeof t == "number" && t > 4) throw new po(`trace format version ${t} is newer than this viewer reads (up to 4); upgrade tracegen`);
}
// src/source/static.ts
var Vm = class e {
	fileName;
	pair;
	first;
	mode = "static";
	trace;
	read;
	constructor(e, t = null, n = null, r = null) {
		this.fileName = t, this.pair = n, this.first = r, this.trace = typeof e == "function" ? null : e, this.read = typeof e == "function" ? e : null;
	}
	static fromElement(t, n = null, r = null, i = null) {
		let a = (e) => () => JSON.parse(e.textContent ?? "");
		return new e(a(t), n, r, i ? a(i) : null);
	}
	preview() {
		return this.first ? this.first() : null;
	}
	async comparison() {
		return this.pair;
	}
	async load() {
		return !this.trace && this.read && (this.trace = this.read()), this.trace;
	}
	readOnly() {
		throw new po("this is an exported trace; run `tracegen serve` to explore further");
	}
	expand() {
		return this.readOnly();
	}
	newRun() {
		return this.readOnly();
	}
	continueRun() {
		return this.readOnly();
	}
	downloads() {
		return null;
	}
	figureLink() {
		return null;
	}
}, Hm = new TextDecoder();
function Um(e) {
	if (!(e instanceof DataView || e instanceof ArrayBuffer || ArrayBuffer.isView(e))) throw new po("the widget carries no trace");
	return JSON.parse(Hm.decode(e));
}
var Wm = class {
	model;
	mode = "live";
	fileName = null;
	prefix = Math.random().toString(36).slice(2);
	counter = 0;
	pending = /* @__PURE__ */ new Map();
	listeners = /* @__PURE__ */ new Set();
	onMessage = (e, t) => this.receive(e, t ?? []);
	constructor(e) {
		this.model = e, e.on("msg:custom", this.onMessage);
	}
	close() {
		this.model.off("msg:custom", this.onMessage);
		for (let { reject: e } of this.pending.values()) e(new po("the widget was closed"));
		this.pending.clear();
	}
	onChange(e) {
		return this.listeners.add(e), () => this.listeners.delete(e);
	}
	receive(e, t) {
		if (!e || typeof e != "object" || !("tracegen" in e)) return;
		let n = e;
		if (n.tracegen === "change") {
			let e = {
				op: n.op,
				run: n.run,
				reply: n.reply
			};
			for (let t of this.listeners) t(e);
			return;
		}
		if (n.tracegen !== "reply") return;
		let r = this.pending.get(n.id);
		r && (this.pending.delete(n.id), n.error === void 0 ? r.resolve(t.length ? t[0] : n.reply) : r.reject(new po(`${n.status ?? 500}: ${n.error}`)));
	}
	request(e, t = {}) {
		let n = `${this.prefix}-${++this.counter}`;
		return new Promise((r, i) => {
			this.pending.set(n, {
				resolve: r,
				reject: i
			});
			try {
				this.model.send({
					tracegen: "request",
					id: n,
					op: e,
					body: t
				});
			} catch (e) {
				this.pending.delete(n), i(new po(`cannot reach the kernel (${e.message})`));
			}
		});
	}
	async load() {
		return Um(await this.request("trace"));
	}
	expand(e, t, n) {
		return n < 0 ? Promise.reject(new po(`token ${n} is text only: it has no id to feed the model`)) : this.request("expand", {
			run: e,
			node: t,
			token: n
		});
	}
	newRun(e, t) {
		return this.request("runs", {
			prompt: e,
			chat: t
		});
	}
	continueRun(e, t, n) {
		return this.request("continue", {
			run: e,
			node: t,
			...n
		});
	}
	async comparison() {
		return null;
	}
	downloads() {
		return null;
	}
	figureLink() {
		return null;
	}
}, Gm = ".tg-distribution[data-v-930444bb]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;padding:12px 12px 8px}.tg-distribution__head[data-v-930444bb]{flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:8px;display:flex}h2[data-v-930444bb]{text-transform:uppercase;letter-spacing:.5px;color:var(--fg-soft);margin:0;font-size:13px}.tg-distribution__chosen[data-v-930444bb]{align-items:baseline;gap:6px;font-size:13px;display:flex}.tg-distribution__faint[data-v-930444bb]{color:var(--fg-faint)}.tg-distribution__stats[data-v-930444bb]{flex-wrap:wrap;gap:4px 18px;margin:8px 0 10px;display:flex}.tg-distribution__stats div[data-v-930444bb]{flex-direction:column;display:flex}.tg-distribution__stats dt[data-v-930444bb]{color:var(--fg-faint);font-size:11px}.tg-distribution__stats dd[data-v-930444bb]{margin:0;font-weight:600}.tg-distribution__stats .tg-distribution__faint[data-v-930444bb]{font-weight:400}.tg-distribution__tok.tg-unmapped[data-v-930444bb]{text-underline-offset:2px}.tg-distribution__cols[data-v-930444bb],.tg-distribution__row[data-v-930444bb]{grid-template-columns:34px minmax(70px,1.1fr) 1.6fr 62px 14px;align-items:center;gap:8px;display:grid}.tg-distribution__cols[data-v-930444bb]{color:var(--fg-faint);border-bottom:1px solid var(--border);padding:0 6px 3px;font-size:11px}.r[data-v-930444bb]{text-align:right}.tg-distribution__rows[data-v-930444bb]{max-height:460px;margin:0;padding:2px 0;list-style:none;overflow:auto}.tg-distribution__row[data-v-930444bb]{border-radius:5px;padding:2px 6px;font-size:13px}.tg-distribution__row--action[data-v-930444bb]{cursor:pointer}.tg-distribution__row--action[data-v-930444bb]:hover{background:var(--bg-soft)}.tg-distribution__row--chosen[data-v-930444bb]{background:var(--accent-soft);font-weight:600}.tg-distribution__row--chosen[data-v-930444bb]:hover{background:var(--accent-soft)}.tg-distribution__row--focus[data-v-930444bb]{box-shadow:inset 0 0 0 1.5px var(--accent)}.tg-distribution__row--pruned[data-v-930444bb]{opacity:.6}.tg-distribution__rank[data-v-930444bb]{color:var(--fg-faint);font-size:12px}.tg-distribution__tok[data-v-930444bb]{white-space:pre;text-overflow:ellipsis;background:var(--bg-soft);unicode-bidi:isolate;border-radius:3px;justify-self:start;max-width:100%;padding:0 4px;overflow:hidden}.tg-distribution__tok--special[data-v-930444bb]{border:1px dashed var(--fg-faint)}.tg-distribution__bar[data-v-930444bb]{background:var(--bg-soft);border-radius:3px;height:16px;position:relative;overflow:hidden}.tg-distribution__bar span[data-v-930444bb]{background:var(--bar);border-radius:3px;position:absolute;inset:0 auto 0 0}.tg-distribution__row--chosen .tg-distribution__bar span[data-v-930444bb]{background:var(--bar-chosen)}.tg-distribution__bar em[data-v-930444bb]{color:var(--fg);font-size:11.5px;font-style:normal;line-height:16px;position:absolute;top:0;left:6px}.tg-distribution__lp[data-v-930444bb]{color:var(--fg-soft);font-size:12px}.tg-distribution__rest[data-v-930444bb]{color:var(--fg-soft);font-style:italic}.tg-distribution__rest .tg-distribution__bar span[data-v-930444bb]{background:repeating-linear-gradient(45deg, var(--bar) 0 3px, transparent 3px 6px)}.tg-distribution__rest-note[data-v-930444bb]{white-space:nowrap;grid-column:span 2;font-size:11.5px}.tg-distribution__mark[data-v-930444bb]{color:var(--accent);font-weight:700}.tg-distribution__empty[data-v-930444bb],.tg-distribution__outside[data-v-930444bb],.tg-distribution__foot[data-v-930444bb],.tg-distribution__note[data-v-930444bb]{color:var(--fg-soft);font-size:12px}.tg-distribution__note[data-v-930444bb]{margin:6px 0 0}.tg-distribution__more[data-v-930444bb]{color:var(--fg-faint);align-items:center;gap:10px;padding:4px 6px;font-size:12px;display:flex}.tg-distribution__more button[data-v-930444bb]{padding:1px 8px;font-size:12px}.tg-distribution__notice[data-v-930444bb]{border:1px solid var(--warn);color:var(--fg);background:var(--bg-soft);border-radius:6px;margin-top:8px;padding:6px 8px;font-size:12px}.tg-distribution__empty[data-v-930444bb]{padding:16px 4px}.tg-distribution__foot[data-v-930444bb]{color:var(--fg-faint);margin:6px 2px 2px}@media print{.tg-distribution__rows[data-v-930444bb]{max-height:none}}.tg-forking[data-v-9f7c2f07]{border:1px solid var(--border);background:var(--bg-panel);border-radius:8px;flex-direction:column;gap:6px;padding:8px 10px;display:flex}.tg-forking__head[data-v-9f7c2f07]{flex-wrap:wrap;align-items:baseline;gap:8px;display:flex}.tg-forking__meta[data-v-9f7c2f07]{color:var(--fg-soft);font-size:12px}.tg-forking__legend[data-v-9f7c2f07]{flex-wrap:wrap;gap:8px;margin-left:auto;font-size:12px;display:flex}.tg-forking__key i[data-v-9f7c2f07],.tg-forking__rollouts i[data-v-9f7c2f07]{vertical-align:-1px;border-radius:2px;width:10px;height:10px;margin-right:3px;display:inline-block}.tg-forking__scroll[data-v-9f7c2f07]{padding-bottom:4px;overflow-x:auto}.tg-forking__chart[data-v-9f7c2f07]{display:block}.tg-forking__col[data-v-9f7c2f07]{cursor:pointer}.tg-forking__hit[data-v-9f7c2f07]{fill:#0000}.tg-forking__col:hover .tg-forking__hit[data-v-9f7c2f07]{fill:var(--bg-soft)}.tg-forking__missing[data-v-9f7c2f07]{fill:none;stroke:var(--fg-faint);stroke-dasharray:2 2}.tg-forking__sel[data-v-9f7c2f07]{fill:none;stroke:var(--accent);stroke-width:2px}.tg-forking__mark[data-v-9f7c2f07]{fill:var(--warn)}.tg-forking__cp[data-v-9f7c2f07]{stroke:var(--fg);stroke-width:1.5px;stroke-dasharray:4 3}.tg-forking__band[data-v-9f7c2f07]{fill:var(--bg-soft)}.tg-forking__drift[data-v-9f7c2f07]{fill:none;stroke:var(--warn);stroke-width:2px}.tg-forking__survival[data-v-9f7c2f07]{fill:none;stroke:var(--accent);stroke-width:2px;stroke-dasharray:5 2}.tg-forking__tokens[data-v-9f7c2f07]{display:flex}.tg-forking__token[data-v-9f7c2f07]{writing-mode:vertical-rl;width:26px;height:64px;font:11px/1 var(--mono);white-space:nowrap;text-overflow:ellipsis;color:var(--fg);background:0 0;border:none;border-radius:0;padding:2px 0;overflow:hidden}.tg-forking__token.on[data-v-9f7c2f07]{outline:2px solid var(--accent);outline-offset:-2px}.tg-forking__curves-key[data-v-9f7c2f07]{color:var(--fg-soft);flex-wrap:wrap;gap:12px;font-size:11px;display:flex}.tg-forking__curves-key i[data-v-9f7c2f07]{vertical-align:3px;border-top:2px solid;width:14px;height:0;margin-right:4px;display:inline-block}.tg-forking__k-drift[data-v-9f7c2f07]{border-color:var(--warn)!important}.tg-forking__k-survival[data-v-9f7c2f07]{border-color:var(--accent)!important;border-top-style:dashed!important}.tg-forking__k-cp[data-v-9f7c2f07]{border-color:var(--fg)!important;border-top-style:dotted!important}.tg-forking__detail[data-v-9f7c2f07]{border-top:1px solid var(--border);flex-direction:column;gap:8px;padding-top:6px;display:flex}.tg-forking__detail-head[data-v-9f7c2f07]{color:var(--fg-soft);font-size:12px}.tg-forking__alt-head[data-v-9f7c2f07]{flex-wrap:wrap;align-items:baseline;gap:8px;font-size:12px;display:flex}.tg-forking__alt-token[data-v-9f7c2f07]{font-weight:600}.tg-forking__tag[data-v-9f7c2f07]{border:1px solid var(--border);border-radius:4px;padding:0 4px;font-size:11px}.tg-forking__tag--fork[data-v-9f7c2f07]{border-color:var(--warn);color:var(--warn)}.tg-forking__n[data-v-9f7c2f07]{color:var(--fg-faint);margin-left:auto}.tg-forking__bar-row[data-v-9f7c2f07]{grid-template-columns:minmax(40px,90px) 1fr 80px;align-items:center;gap:6px;font-size:12px;display:grid}.tg-forking__bar-label[data-v-9f7c2f07]{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.tg-forking__bar-track[data-v-9f7c2f07]{background:var(--bg-soft);border-radius:2px;height:12px;position:relative}.tg-forking__bar[data-v-9f7c2f07]{border-radius:2px;position:absolute;top:0;bottom:0;left:0}.tg-forking__whisker[data-v-9f7c2f07]{background:var(--fg);height:2px;position:absolute;top:5px}.tg-forking__bar-value[data-v-9f7c2f07]{text-align:right;color:var(--fg-soft);font-variant-numeric:tabular-nums}.tg-forking__rollouts[data-v-9f7c2f07]{color:var(--fg-soft);margin:2px 0 0;padding-left:0;font-size:12px;list-style:none}.tg-forking__rollouts li[data-v-9f7c2f07]{white-space:pre-wrap;word-break:break-word}.tg-forking__rollout-label[data-v-9f7c2f07]{color:var(--fg);font-weight:600}.tg-forking__hint[data-v-9f7c2f07]{color:var(--fg-faint);font-size:12px}.tg-figure[data-v-b182ebc5]{position:relative}.tg-figure__pop[data-v-b182ebc5]{z-index:10;background:var(--bg-panel);border:1px solid var(--border);border-radius:8px;flex-direction:column;gap:8px;width:min(560px,92vw);padding:10px 12px;font-size:13px;display:flex;position:absolute;top:calc(100% + 6px);right:0;box-shadow:0 8px 24px #00000026}.tg-figure__row[data-v-b182ebc5]{align-items:center;gap:12px;display:flex}.tg-figure__row label[data-v-b182ebc5]{color:var(--fg-soft);align-items:center;gap:6px;display:flex}.tg-figure__close[data-v-b182ebc5]{border:none;margin-left:auto;padding:0 6px;font-size:16px}.tg-figure__hint[data-v-b182ebc5]{color:var(--fg-soft);margin:0;font-size:12px}.tg-figure__cmd[data-v-b182ebc5]{align-items:flex-start;gap:8px;display:flex}.tg-figure__cmd code[data-v-b182ebc5]{font:12px/1.5 var(--mono);background:var(--bg-soft);border:1px solid var(--border);overflow-wrap:anywhere;-webkit-user-select:all;user-select:all;border-radius:6px;flex:1;padding:6px 8px}.tg-figure__download[data-v-b182ebc5]{color:var(--accent)}.tg-search[data-v-95d430b7]{flex:0 260px;position:relative}.tg-search input[data-v-95d430b7]{width:100%}.tg-search__pop[data-v-95d430b7]{z-index:10;background:var(--bg-panel);border:1px solid var(--border);border-radius:8px;width:420px;max-height:360px;padding:4px;position:absolute;top:calc(100% + 4px);left:0;overflow:auto;box-shadow:0 8px 24px #00000026}.tg-search__count[data-v-95d430b7]{color:var(--fg-faint);padding:2px 6px 4px;font-size:11px}.tg-search__hit[data-v-95d430b7]{text-align:left;background:0 0;border:none;border-radius:5px;align-items:baseline;gap:2px;width:100%;padding:3px 6px;display:flex}.tg-search__hit[data-v-95d430b7]:hover{background:var(--bg-soft)}.tg-search__ctx[data-v-95d430b7]{color:var(--fg-faint);white-space:pre;text-overflow:ellipsis;unicode-bidi:isolate;max-width:220px;font-size:12px;overflow:hidden}.tg-search__tok[data-v-95d430b7]{background:var(--accent-soft);white-space:pre;unicode-bidi:isolate;border-radius:3px;padding:0 3px}.tg-search__depth[data-v-95d430b7]{color:var(--fg-faint);margin-left:auto;font-size:11px}.tg-header[data-v-731d5c21]{border-bottom:1px solid var(--border);background:var(--bg-soft);z-index:5;flex-wrap:wrap;align-items:center;gap:16px;padding:8px 18px;display:flex;position:sticky;top:0}.tg-header__brand[data-v-731d5c21]{letter-spacing:.2px;white-space:nowrap;font-weight:700}.tg-header__logo[data-v-731d5c21]{color:var(--accent)}.tg-header__run[data-v-731d5c21]{color:var(--fg-soft);flex:0 460px;align-items:center;gap:6px;min-width:0;display:flex}.tg-header__run select[data-v-731d5c21]{min-width:0;color:var(--fg);flex:1}.tg-header__tools[data-v-731d5c21]{align-items:center;gap:10px;margin-left:auto;display:flex}.tg-header__toggle[data-v-731d5c21]{color:var(--fg-soft);white-space:nowrap;align-items:center;gap:4px;font-size:13px;display:flex}@media print{.tg-header[data-v-731d5c21]{background:0 0;position:static}}.tg-legend[data-v-dc8ea14a]{color:var(--fg-soft);flex-direction:column;gap:6px;font-size:12px;display:flex}.tg-legend__scale[data-v-dc8ea14a]{flex-wrap:wrap;align-items:center;gap:6px 14px;display:flex}.tg-legend__switch[data-v-dc8ea14a]{align-items:center;gap:2px;display:inline-flex}.tg-legend__switch>span[data-v-dc8ea14a]{margin-right:6px}.tg-legend__switch button[data-v-dc8ea14a]{border-radius:0;padding:1px 8px;font-size:12px}.tg-legend__switch button[data-v-dc8ea14a]:first-of-type{border-radius:6px 0 0 6px}.tg-legend__switch button[data-v-dc8ea14a]:last-child{border-radius:0 6px 6px 0}.tg-legend__switch button.on[data-v-dc8ea14a]{background:var(--accent-soft);border-color:var(--accent);color:var(--accent);font-weight:600}.tg-legend__bar-wrap[data-v-dc8ea14a]{flex-direction:column;width:220px;padding:0 10px;display:inline-flex}.tg-legend__bar[data-v-dc8ea14a]{border:1px solid var(--border);border-radius:3px;height:12px}.tg-legend__ticks[data-v-dc8ea14a]{height:13px;font:10px/13px var(--sans);position:relative}.tg-legend__ticks span[data-v-dc8ea14a]{white-space:nowrap;position:absolute;transform:translate(-50%)}.tg-legend__unit[data-v-dc8ea14a]{color:var(--fg-faint)}.tg-legend__items[data-v-dc8ea14a]{flex-wrap:wrap;align-items:center;gap:4px 14px;display:flex}.tg-legend__title[data-v-dc8ea14a]{color:var(--fg-soft)}.tg-legend__item[data-v-dc8ea14a]{align-items:center;gap:5px;display:inline-flex}.tg-legend__swatch[data-v-dc8ea14a]{border:1px solid var(--border);border-radius:3px;width:16px;height:12px;display:inline-block}.tg-legend__hatch[data-v-dc8ea14a]{background:repeating-linear-gradient(45deg, var(--fg-faint) 0 1px, transparent 1px 4px)}.tg-legend__dotted[data-v-dc8ea14a]{text-underline-offset:3px;font-family:var(--mono);-webkit-text-decoration:underline dotted;text-decoration:underline dotted}.tg-legend__prompt[data-v-dc8ea14a]{background:var(--prompt-bg);color:var(--prompt-fg);font-family:var(--mono);border-radius:3px;padding:0 3px}.tg-live[data-v-d68197df]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;flex-direction:column;gap:8px;padding:10px 12px;font-size:13px;display:flex}.tg-live__row[data-v-d68197df]{flex-wrap:wrap;align-items:center;gap:8px;display:flex}.tg-live__row textarea[data-v-d68197df]{resize:vertical;min-width:200px;font-family:var(--mono);flex:1}.tg-live__col[data-v-d68197df]{flex-direction:column;gap:4px;display:flex}.tg-live__continue input[type=number][data-v-d68197df]{width:70px}.tg-live__continue input[type=text][data-v-d68197df]{width:80px}.tg-live__links[data-v-d68197df]{gap:10px;margin-left:auto;display:flex}.tg-live__links a[data-v-d68197df]{color:var(--accent)}.tg-live__error[data-v-d68197df]{color:var(--error)}.tg-live__busy[data-v-d68197df]{color:var(--fg-faint)}.tg-meta[data-v-c4062741]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;padding:12px;font-size:13px}h2[data-v-c4062741]{text-transform:uppercase;letter-spacing:.5px;color:var(--fg-soft);margin:0 0 6px;font-size:13px}dl[data-v-c4062741]{grid-template-columns:84px 1fr;gap:3px 10px;margin:0;display:grid}dt[data-v-c4062741]{color:var(--fg-faint)}dd[data-v-c4062741]{overflow-wrap:anywhere;margin:0}.tg-meta__faint[data-v-c4062741]{color:var(--fg-faint)}.tg-meta__source[data-v-c4062741]{font-size:12px;display:block}.tg-meta__text[data-v-c4062741],.tg-meta__param[data-v-c4062741]{unicode-bidi:isolate}.tg-meta__warn[data-v-c4062741]{color:var(--warn)}.tg-meta__param[data-v-c4062741]{font-family:var(--mono);color:var(--fg-soft);margin-left:8px;font-size:12px}.tg-outline[data-v-52dc5ae1]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;overflow:hidden}.tg-outline__bar[data-v-52dc5ae1]{color:var(--fg-faint);border-bottom:1px solid var(--border);align-items:center;gap:8px;padding:6px 10px;font-size:12px;display:flex}.tg-outline__bar span[data-v-52dc5ae1]{margin-right:auto}.tg-outline__bar button[data-v-52dc5ae1]{padding:1px 8px;font-size:12px}.tg-outline__scroll[data-v-52dc5ae1]{max-height:60vh;overflow:auto}.tg-outline__row[data-v-52dc5ae1]{white-space:nowrap;border-left:3px solid #0000;align-items:center;gap:6px;height:26px;display:flex}.tg-outline__row--path[data-v-52dc5ae1]{border-left-color:var(--accent);background:linear-gradient(90deg, var(--accent-soft), transparent 60%)}.tg-outline__row--pruned[data-v-52dc5ae1]{opacity:.45}.tg-outline__toggle[data-v-52dc5ae1]{width:20px;height:20px;color:var(--fg-soft);text-align:center;background:0 0;border:none;flex:none;padding:0}.tg-outline__toggle--none[data-v-52dc5ae1]{color:var(--fg-faint);line-height:20px}.tg-outline__tokens[data-v-52dc5ae1]{text-overflow:ellipsis;min-width:0;font:13px var(--mono);flex:1;overflow:hidden}.tg-outline__tok[data-v-52dc5ae1]{cursor:pointer;white-space:pre;unicode-bidi:isolate;border-radius:2px;margin-right:1px;padding:0 1px}.tg-outline__tok--sel[data-v-52dc5ae1]{outline:2px solid var(--sel)}.tg-outline__more[data-v-52dc5ae1]{color:var(--fg-faint);margin-left:4px;font-size:11px}.tg-outline__info[data-v-52dc5ae1]{color:var(--fg-faint);flex:none;gap:8px;padding-right:10px;font-size:11px;display:flex}.tg-outline__result[data-v-52dc5ae1]{color:var(--accent);font-weight:700}.tg-results[data-v-1a954286]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;padding:12px}h2[data-v-1a954286]{text-transform:uppercase;letter-spacing:.5px;color:var(--fg-soft);margin:0 0 6px;font-size:13px}h2 span[data-v-1a954286]{text-transform:none;letter-spacing:0;color:var(--fg-faint);font-weight:400}.tg-results__stopped[data-v-1a954286]{border-left:3px solid var(--warn);background:var(--bg-soft);margin:0 0 6px;padding:4px 8px;font-size:12px}.tg-results__order[data-v-1a954286]{color:var(--fg-soft);align-items:center;gap:2px;font-size:12px;display:flex}.tg-results__order>span[data-v-1a954286]{margin-right:6px}.tg-results__order button[data-v-1a954286]{border-radius:0;padding:1px 8px;font-size:12px}.tg-results__order button[data-v-1a954286]:first-of-type{border-radius:6px 0 0 6px}.tg-results__order button[data-v-1a954286]:last-child{border-radius:0 6px 6px 0}.tg-results__order button.on[data-v-1a954286]{background:var(--accent-soft);border-color:var(--accent);color:var(--accent);font-weight:600}.tg-results__explain[data-v-1a954286]{color:var(--fg-faint);margin:6px 0;font-size:11.5px}ol[data-v-1a954286]{margin:0;padding:0;list-style:none}li[data-v-1a954286]{cursor:pointer;border-radius:6px;grid-template-columns:32px 1fr;gap:2px 6px;padding:5px 6px;display:grid}li[data-v-1a954286]:hover{background:var(--bg-soft)}.tg-results__item--on[data-v-1a954286]{background:var(--accent-soft)}.tg-results__rank[data-v-1a954286]{color:var(--accent);grid-row:span 2;font-weight:700}.tg-results__text[data-v-1a954286]{font:13px/1.35 var(--mono);white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:isolate}.tg-results__nums[data-v-1a954286]{color:var(--fg-soft);flex-wrap:wrap;gap:2px 12px;font-size:11.5px;display:flex}.tg-results__all[data-v-1a954286]{margin-top:6px;font-size:12px}.tg-steps[data-v-c4b6aab6]{border:1px solid var(--border);background:var(--bg-panel);border-radius:10px;max-height:520px;overflow:auto}.tg-steps__table[data-v-c4b6aab6]{border-collapse:collapse;width:100%;font-size:13px}.tg-steps__table th[data-v-c4b6aab6]{background:var(--bg-panel);color:var(--fg-faint);text-align:right;border-bottom:1px solid var(--border);padding:4px 8px;font-size:11.5px;font-weight:400;position:sticky;top:0}.tg-steps__table th button[data-v-c4b6aab6]{color:inherit;font:inherit;cursor:pointer;background:0 0;border:0;padding:0}.tg-steps__table th button[data-v-c4b6aab6]:hover{color:var(--accent)}.tg-steps__table th i[data-v-c4b6aab6]{opacity:.8;margin-left:.3em;font-style:normal}.tg-steps__table th[aria-sort=ascending][data-v-c4b6aab6],.tg-steps__table th[aria-sort=descending][data-v-c4b6aab6]{color:var(--fg-soft);font-weight:600}.tg-steps__table .tg-steps__tokhead[data-v-c4b6aab6]{text-align:left}.tg-steps__table td[data-v-c4b6aab6]{text-align:right;white-space:nowrap;padding:2px 8px}.tg-steps__table tbody tr[data-v-c4b6aab6]{cursor:pointer}.tg-steps__table tbody tr[data-v-c4b6aab6]:hover{background:var(--bg-soft)}.tg-steps__row--sel[data-v-c4b6aab6]{font-weight:600;background:var(--accent-soft)!important}.tg-steps__tok[data-v-c4b6aab6]{text-overflow:ellipsis;max-width:16ch;overflow:hidden;text-align:left!important}.tg-steps__tok span[data-v-c4b6aab6]{background:var(--bg-soft);white-space:pre;unicode-bidi:isolate;border-radius:3px;padding:0 4px}.tg-strip[data-v-f6d53760]{align-items:stretch;gap:6px;display:flex}.tg-strip__axis[data-v-f6d53760]{font:9px/1 var(--mono);color:var(--fg-faint);flex-direction:column;gap:3px;padding:5px 0;display:flex}.tg-strip__axis-row[data-v-f6d53760]{align-items:center;gap:3px;display:flex}.tg-strip__axis-p[data-v-f6d53760]{height:28px}.tg-strip__axis-h[data-v-f6d53760]{height:20px}.tg-strip__axis b[data-v-f6d53760]{color:var(--fg-soft);width:9px;font-size:11px}.tg-strip__ticks[data-v-f6d53760]{text-align:right;flex-direction:column;justify-content:space-between;min-width:14px;height:100%;display:flex}.tg-strip__cols[data-v-f6d53760]{border:1px solid var(--border);background:var(--bg-panel);border-radius:8px;flex:1;gap:1px;padding:4px;display:flex;overflow-x:auto}.tg-strip__col[data-v-f6d53760]{cursor:pointer;border-radius:2px;flex-direction:column;flex:1 0 3px;gap:3px;max-width:22px;display:flex}.tg-strip__col[data-v-f6d53760]:hover{background:var(--bg-soft)}.tg-strip__col--sel[data-v-f6d53760]{background:var(--accent-soft);box-shadow:0 0 0 1px var(--accent)}.tg-strip__p[data-v-f6d53760],.tg-strip__h[data-v-f6d53760]{height:28px;display:flex}.tg-strip__p[data-v-f6d53760]{border-bottom:1px solid var(--border);align-items:flex-end}.tg-strip__h[data-v-f6d53760]{align-items:flex-start;height:20px}.tg-strip__bar[data-v-f6d53760]{border-radius:1px;width:100%}.tg-strip__bar--clipped[data-v-f6d53760]{position:relative}.tg-strip__bar--clipped[data-v-f6d53760]:after{content:\"\";border:3px solid #0000;border-top:4px solid var(--fg);border-bottom:0;position:absolute;bottom:-5px;left:50%;transform:translate(-50%)}.tg-strip__bar--unknown[data-v-f6d53760]{background:repeating-linear-gradient(45deg, var(--fg-faint) 0 1px, transparent 1px 4px);opacity:.8}.tg-text[data-v-fe1711e2]{flex-direction:column;gap:6px;display:flex}.tg-text__box[data-v-fe1711e2]{font:15px/1.9 var(--mono);white-space:pre-wrap;overflow-wrap:anywhere;background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;max-height:62vh;padding:14px 16px;overflow:auto}.tg-text__metrics[data-v-fe1711e2]{color:var(--fg-soft);flex-wrap:wrap;gap:2px 14px;padding:0 4px;font-size:12px;display:flex}.tg-text__metrics b[data-v-fe1711e2]{color:var(--fg);font-weight:600}.tg-text__metrics-what[data-v-fe1711e2]{color:var(--fg-faint)}.tg-text__prompt[data-v-fe1711e2],.tg-text__tok[data-v-fe1711e2]{unicode-bidi:isolate}.tg-text__prompt[data-v-fe1711e2]{color:var(--prompt-fg);background:var(--prompt-bg);-webkit-box-decoration-break:clone;box-decoration-break:clone;border-radius:4px;padding:2px 0}.tg-text__tok[data-v-fe1711e2]{cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone;border-radius:3px;margin:0 .5px;padding:1px 0;position:relative}.tg-text__tok[data-v-fe1711e2]:hover{outline:1px solid var(--fg-faint)}.tg-text__tok--sel[data-v-fe1711e2]{outline-offset:1px;outline:2px solid var(--sel)!important}.tg-text__tok--unknown[data-v-fe1711e2]{outline:1px dashed var(--fg-faint)}.tg-text__tok--bound[data-v-fe1711e2]{outline:1px dashed var(--fg-soft);background-image:repeating-linear-gradient(135deg,#ffffffd9 0 1.5px,#00000059 1.5px 3px);background-position:0 100%;background-repeat:repeat-x;background-size:100% 5px}.tg-text__tok--hit[data-v-fe1711e2]{box-shadow:0 0 0 2px var(--hit)}.tg-text__tok--branch[data-v-fe1711e2]{-webkit-text-decoration:underline dotted var(--fg-soft);text-decoration:underline dotted var(--fg-soft);text-underline-offset:4px}.tg-text__tok--joined[data-v-fe1711e2]{box-shadow:inset 0 -2px 0 var(--accent)}.tg-text__tok--pruned[data-v-fe1711e2]{opacity:.55}.tg-text__tok--special[data-v-fe1711e2]{border:1px dashed var(--fg-faint);padding:0 3px;font-size:12px}.tg-text__tok--nl[data-v-fe1711e2]:before{content:\"↵\";opacity:.35;font-size:12px}.tg-text__tok.tg-unmapped[data-v-fe1711e2]{-webkit-text-decoration:underline wavy var(--warn) 1px;text-decoration:underline wavy var(--warn) 1px}.tg-text__noprompt[data-v-fe1711e2]{color:var(--fg-faint);font:italic 12px var(--sans)}.tg-text__tok--hidden[data-v-fe1711e2]{vertical-align:middle;width:6px;height:1em;display:inline-block}.tg-text--invisible .tg-text__tok[data-v-fe1711e2]{border-right:1px solid var(--fg-faint)}.tg-text__next[data-v-fe1711e2]{cursor:pointer;color:var(--accent);border-radius:3px;padding:0 4px}.tg-text__badge[data-v-fe1711e2]{font:11px/1 var(--sans);border:1px solid var(--border);color:var(--fg-soft);vertical-align:middle;white-space:nowrap;border-radius:10px;margin-left:6px;padding:3px 6px}.tg-text__badge--result[data-v-fe1711e2]{color:var(--accent);border-color:var(--accent)}.tg-text__badge--pruned[data-v-fe1711e2]{color:var(--fg-faint)}@media print{.tg-text__box[data-v-fe1711e2]{border:none;max-height:none;overflow:visible}}.tg-tree[data-v-e43a28a3]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;overflow:hidden}.tg-tree__bar[data-v-e43a28a3]{color:var(--fg-faint);border-bottom:1px solid var(--border);align-items:center;gap:6px;padding:6px 10px;font-size:12px;display:flex}.tg-tree__bar span[data-v-e43a28a3]{margin-right:auto}.tg-tree__bar button[data-v-e43a28a3]{min-width:26px;padding:1px 8px;font-size:12px}.tg-tree__box[data-v-e43a28a3]{cursor:grab;touch-action:none;-webkit-user-select:none;user-select:none;height:min(62vh,640px);min-height:300px;position:relative;overflow:hidden}.tg-tree__box[data-v-e43a28a3]:active{cursor:grabbing}.tg-tree__svg[data-v-e43a28a3]{width:200%;height:200%;display:block;position:absolute;top:-50%;left:-50%}.tg-tree__svg--coarse[data-v-e43a28a3]{will-change:transform}.tg-tree__edge[data-v-e43a28a3]{fill:none;stroke:var(--fg-faint);stroke-opacity:.7}.tg-tree__edge--path[data-v-e43a28a3]{stroke:var(--accent);stroke-opacity:1}.tg-tree__edge--pruned[data-v-e43a28a3]{stroke-opacity:.25}.tg-tree__svg--coarse .tg-tree__edge[data-v-e43a28a3]{stroke-width:1.5px;vector-effect:non-scaling-stroke}.tg-tree__node[data-v-e43a28a3]{cursor:pointer}.tg-tree__box-rect[data-v-e43a28a3]{stroke:var(--border);stroke-width:1px}.tg-tree__node--path .tg-tree__box-rect[data-v-e43a28a3]{stroke:var(--accent);stroke-width:1.5px}.tg-tree__node--sel .tg-tree__box-rect[data-v-e43a28a3]{stroke:var(--sel);stroke-width:3px}.tg-tree__node--pruned[data-v-e43a28a3]{opacity:.35}.tg-tree__node--root .tg-tree__box-rect[data-v-e43a28a3]{fill:var(--prompt-bg)}.tg-tree__node--root .tg-tree__label[data-v-e43a28a3]{fill:var(--prompt-fg);font-style:italic}.tg-tree__node:hover .tg-tree__box-rect[data-v-e43a28a3]{stroke:var(--fg-soft);stroke-width:2px}.tg-tree__label[data-v-e43a28a3]{font:11px var(--mono);white-space:pre;pointer-events:none;unicode-bidi:isolate}.tg-tree__knob circle[data-v-e43a28a3]{fill:var(--bg-panel);stroke:var(--fg-faint)}.tg-tree__knob text[data-v-e43a28a3]{font:bold 10px var(--sans);text-anchor:middle;fill:var(--fg-soft);pointer-events:none}.tg-tree__knob:hover circle[data-v-e43a28a3]{stroke:var(--accent)}.tg-tree__hidden[data-v-e43a28a3]{font:10px var(--sans);fill:var(--fg-faint)}.tg-tree__result[data-v-e43a28a3]{font:bold 10px var(--sans);fill:var(--accent)}.tg-tree__coarse-box[data-v-e43a28a3]{stroke:none}.tg-tree__box-rect--bound[data-v-e43a28a3]{stroke:var(--fg-soft);stroke-dasharray:3 2}@media print{.tg-tree__box[data-v-e43a28a3]{height:60vh}}.tg-app[data-v-dcf4b6f3]{flex-direction:column;min-height:100vh;display:flex}.tg-app--embedded[data-v-dcf4b6f3]{min-height:100%}.tg-app__main[data-v-dcf4b6f3]{flex:1;grid-template-columns:minmax(0,1fr) minmax(320px,420px);align-items:start;gap:16px;padding:14px 18px 24px;display:grid}.tg-app__left[data-v-dcf4b6f3],.tg-app__right[data-v-dcf4b6f3]{flex-direction:column;gap:12px;min-width:0;display:flex}.tg-app__right[data-v-dcf4b6f3]{max-height:calc(100vh - 64px);position:sticky;top:56px;overflow:auto}.tg-app--embedded[data-v-dcf4b6f3] .tg-header{position:static}.tg-app--embedded .tg-app__right[data-v-dcf4b6f3]{max-height:calc(var(--tg-box-height,100vh) - 16px);top:8px}.tg-app__tabs[data-v-dcf4b6f3]{align-items:center;gap:4px;display:flex}.tg-app__tabs button[data-v-dcf4b6f3]{border-radius:6px;padding:2px 12px}.tg-app__tabs button.on[data-v-dcf4b6f3]{background:var(--accent-soft);border-color:var(--accent);color:var(--accent);font-weight:600}.tg-app__tabs[data-v-dcf4b6f3]{flex-wrap:wrap}.tg-app__jumps[data-v-dcf4b6f3]{gap:4px;margin-left:8px;display:inline-flex}.tg-app__jumps button[data-v-dcf4b6f3]{padding:2px 8px;font-size:12px}.tg-app__jumps kbd[data-v-dcf4b6f3]{font:11px var(--mono);border:1px solid var(--border);color:var(--fg-soft);border-radius:3px;margin-left:4px;padding:0 4px}.tg-app__hint[data-v-dcf4b6f3]{color:var(--fg-faint);margin-left:auto;font-size:12px}.tg-app__error[data-v-dcf4b6f3],.tg-app__loading[data-v-dcf4b6f3]{color:var(--fg-soft);padding:40px}.tg-app__partial[data-v-dcf4b6f3]{color:var(--fg-soft);background:var(--bg-panel);border-bottom:1px solid var(--border);padding:6px 18px;font-size:13px}.tg-app__error[data-v-dcf4b6f3]{color:var(--error)}@media (max-width:900px){.tg-app__main[data-v-dcf4b6f3]{flex-direction:column;align-items:stretch;gap:12px;display:flex}.tg-app__left[data-v-dcf4b6f3],.tg-app__right[data-v-dcf4b6f3]{display:contents}.tg-app__live[data-v-dcf4b6f3]{order:1}.tg-app__tabs[data-v-dcf4b6f3]{order:2}.tg-app__view[data-v-dcf4b6f3]{order:3}.tg-app__distribution[data-v-dcf4b6f3]{order:4}.tg-app__strip[data-v-dcf4b6f3],.tg-app__forking[data-v-dcf4b6f3]{order:5}.tg-app__legend[data-v-dcf4b6f3]{order:6}.tg-app__results[data-v-dcf4b6f3]{order:7}.tg-app__meta[data-v-dcf4b6f3]{order:8}}@media print{.tg-app__main[data-v-dcf4b6f3]{display:block}.tg-app__right[data-v-dcf4b6f3]{max-height:none;margin-top:16px;position:static;overflow:visible}}:host{--bg:#fff;--bg-soft:#f6f7f9;--bg-panel:#fff;--fg:#1d2127;--fg-soft:#5b6472;--fg-faint:#8b94a3;--border:#dfe3e8;--accent:#2f6fde;--accent-soft:#e6eefc;--sel:#1d2127;--prompt-bg:#eef0f3;--prompt-fg:#4b5361;--bar:#8fb3ef;--bar-chosen:#86aef2;--warn:#d9480f;--error:#c92a2a;--hit:#f59f00;--mono:ui-monospace, \"SF Mono\", \"Cascadia Code\", \"DejaVu Sans Mono\", Menlo, Consolas, monospace;--sans:system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"Helvetica Neue\", Arial, sans-serif;--lightningcss-light:initial;--lightningcss-dark: ;color-scheme:light dark}@media (prefers-color-scheme:dark){:host{--lightningcss-light: ;--lightningcss-dark:initial;--bg:#15181d;--bg-soft:#1c2027;--bg-panel:#1a1e24;--fg:#e4e7ec;--fg-soft:#a4adbb;--fg-faint:#6f7886;--border:#2d333c;--accent:#6d9ef5;--accent-soft:#223252;--sel:#e4e7ec;--prompt-bg:#242932;--prompt-fg:#aab2bf;--bar:#3d5f9a;--bar-chosen:#3f68b3;--warn:#ff8a4c;--error:#ff6b6b}}*{box-sizing:border-box}:host{background:var(--bg);color:var(--fg);font:14px/1.45 var(--sans);margin:0;padding:0}button,input,select,textarea{font:inherit;color:inherit}button{background:var(--bg-panel);border:1px solid var(--border);cursor:pointer;border-radius:6px;padding:3px 10px}button:hover{border-color:var(--accent)}button:disabled{opacity:.5;cursor:default}input,select,textarea{background:var(--bg-panel);border:1px solid var(--border);border-radius:6px;padding:3px 8px}:focus-visible{outline:2px solid var(--accent);outline-offset:1px}.tg-mono{font-family:var(--mono)}.tg-unmapped{-webkit-text-decoration:underline wavy var(--warn) 1px;text-decoration:underline wavy var(--warn) 1px;text-underline-offset:4px;-webkit-text-decoration-skip-ink:none;text-decoration-skip-ink:none}.tg-num{font-variant-numeric:tabular-nums}@media print{:host{--bg:#fff;--bg-soft:#f6f7f9;--bg-panel:#fff;--fg:#000;--fg-soft:#444;--fg-faint:#777;--border:#ccc;--prompt-bg:#eee;--prompt-fg:#444;--sel:#000;--accent-soft:#e6eefc;--bar:#8fb3ef;--bar-chosen:#86aef2;color:#000;background:#fff}.tg-noprint{display:none!important}*{-webkit-print-color-adjust:exact;-moz-print-color-adjust:exact;print-color-adjust:exact}}:host{display:block}.tg-widget{border:1px solid var(--border);background:var(--bg);color:var(--fg);font:14px/1.45 var(--sans);border-radius:8px;overflow:auto}.tg-widget:focus{outline:none}\n/*$vite$:1*/", Km = null;
function qm(e, t) {
	return JSON.stringify(e) === JSON.stringify(t);
}
function Jm(e) {
	if (!e || typeof e != "object" || typeof e.run != "string") return;
	let t = e;
	typeof t.node == "number" ? qm(t, Oc()) || Dc(t) : t.run !== G.value && js(t.run);
}
async function Ym(e) {
	try {
		Km = e.get("_live") ? new Wm(e) : null;
		let t = Km ?? new Vm(Um(e.get("_trace_json"))), n = await t.load();
		Bm(n), As(t, n), Jm(e.get("selection")), Km?.onChange(Ws), e.on("change:selection", () => Jm(e.get("selection"))), P([
			G,
			K,
			q
		], () => {
			let t = Oc();
			t && !qm(t, e.get("selection")) && (e.set("selection", t), e.save_changes());
		}, { immediate: !0 });
	} catch (e) {
		ps.value = e.message;
	}
}
function Xm({ model: e }) {
	return Ym(e), () => Km?.close();
}
function Zm({ model: e, el: t }) {
	let n = t.shadowRoot ?? t.attachShadow({ mode: "open" }), r = document.createElement("style");
	r.textContent = Gm;
	let i = document.createElement("div");
	i.className = "tg-widget";
	let a = () => {
		i.style.height = `${Number(e.get("height")) || 600}px`, i.style.setProperty("--tg-box-height", i.style.height);
	};
	a(), e.on("change:height", a), i.tabIndex = -1;
	let o = document.createElement("div");
	i.append(o), n.replaceChildren(r, i), t.dataset.lmSuppressShortcuts = "true";
	let s = lo(zm);
	s.provide(Bc, !0), s.mount(o);
	let c = (e) => {
		xc(e) && e.stopPropagation();
	};
	return n.addEventListener("keydown", c), () => {
		e.off("change:height", a), n.removeEventListener("keydown", c), s.unmount();
	};
}
var Qm = {
	initialize: Xm,
	render: Zm
};
export { Qm as default };
