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
function A(e, t, n) {
	if (Ge && k) {
		let t = et.get(e);
		t || et.set(e, t = /* @__PURE__ */ new Map());
		let r = t.get(n);
		r || (t.set(n, r = new Qe()), r.map = t, r.key = n), r.track();
	}
}
function it(e, t, n, r, i, a) {
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
function at(e) {
	let t = /* @__PURE__ */ j(e);
	return t === e || (A(t, "iterate", rt), /* @__PURE__ */ Gt(e)) ? t : /* @__PURE__ */ Wt(e) ? /* @__PURE__ */ Ut(e) ? t.map((e) => Yt(Jt(e))) : t.map(Yt) : t.map(Jt);
}
function ot(e) {
	return A(e = /* @__PURE__ */ j(e), "iterate", rt), e;
}
function st(e, t) {
	return /* @__PURE__ */ Wt(e) ? Yt(/* @__PURE__ */ Ut(e) ? Jt(t) : t) : Jt(t);
}
var ct = {
	__proto__: null,
	[Symbol.iterator]() {
		return lt(this, Symbol.iterator, (e) => st(this, e));
	},
	concat(...e) {
		return at(this).concat(...e.map((e) => d(e) ? at(e) : e));
	},
	entries() {
		return lt(this, "entries", (e) => (e[1] = st(this, e[1]), e));
	},
	every(e, t) {
		return ft(this, "every", e, t, void 0, arguments);
	},
	filter(e, t) {
		return ft(this, "filter", e, t, (e) => e.map((e) => st(this, e)), arguments);
	},
	find(e, t) {
		return ft(this, "find", e, t, (e) => st(this, e), arguments);
	},
	findIndex(e, t) {
		return ft(this, "findIndex", e, t, void 0, arguments);
	},
	findLast(e, t) {
		return ft(this, "findLast", e, t, (e) => st(this, e), arguments);
	},
	findLastIndex(e, t) {
		return ft(this, "findLastIndex", e, t, void 0, arguments);
	},
	forEach(e, t) {
		return ft(this, "forEach", e, t, void 0, arguments);
	},
	includes(...e) {
		return mt(this, "includes", e);
	},
	indexOf(...e) {
		return mt(this, "indexOf", e);
	},
	join(e) {
		return at(this).join(e);
	},
	lastIndexOf(...e) {
		return mt(this, "lastIndexOf", e);
	},
	map(e, t) {
		return ft(this, "map", e, t, void 0, arguments);
	},
	pop() {
		return ht(this, "pop");
	},
	push(...e) {
		return ht(this, "push", e);
	},
	reduce(e, ...t) {
		return pt(this, "reduce", e, t);
	},
	reduceRight(e, ...t) {
		return pt(this, "reduceRight", e, t);
	},
	shift() {
		return ht(this, "shift");
	},
	some(e, t) {
		return ft(this, "some", e, t, void 0, arguments);
	},
	splice(...e) {
		return ht(this, "splice", e);
	},
	toReversed() {
		return at(this).toReversed();
	},
	toSorted(e) {
		return at(this).toSorted(e);
	},
	toSpliced(...e) {
		return at(this).toSpliced(...e);
	},
	unshift(...e) {
		return ht(this, "unshift", e);
	},
	values() {
		return lt(this, "values", (e) => st(this, e));
	}
};
function lt(e, t, n) {
	let r = ot(e), i = r[t], a = i.call(r);
	if (r !== e && !/* @__PURE__ */ Gt(e)) {
		if (a[Symbol.toStringTag] === "Array Iterator") {
			let e = Object.create(Object.getPrototypeOf(a));
			return e.next = () => ut(a.next(), n), i !== dt[t] && Object.defineProperties(e, {
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
		a._next = a.next, a.next = () => ut(a._next(), n);
	}
	return a;
}
function ut(e, t) {
	return e.done || (e.value = t(e.value)), e;
}
var dt = Array.prototype;
function ft(e, t, n, r, i, a) {
	let o = ot(e), s = o !== e && !/* @__PURE__ */ Gt(e), c = o[t];
	if (c !== dt[t]) {
		let t = c.apply(e, a);
		return s ? Jt(t) : t;
	}
	let l = n;
	o !== e && (s ? l = function(t, r) {
		return n.call(this, st(e, t), r, e);
	} : n.length > 2 && (l = function(t, r) {
		return n.call(this, t, r, e);
	}));
	let u = c.call(o, l, r);
	return s && i ? i(u) : u;
}
function pt(e, t, n, r) {
	let i = ot(e), a = i !== e && !/* @__PURE__ */ Gt(e), o = n, s = !1;
	i !== e && (a ? (s = r.length === 0, o = function(t, r, i) {
		return s && (s = !1, t = st(e, t)), n.call(this, t, st(e, r), i, e);
	}) : n.length > 3 && (o = function(t, r, i) {
		return n.call(this, t, r, i, e);
	}));
	let c = i[t](o, ...r);
	return s ? st(e, c) : c;
}
function mt(e, t, n) {
	let r = /* @__PURE__ */ j(e);
	A(r, "iterate", rt);
	let i = r[t](...n);
	return (i === -1 || i === !1) && /* @__PURE__ */ Kt(n[0]) ? (n[0] = /* @__PURE__ */ j(n[0]), r[t](...n)) : i;
}
function ht(e, t, n = []) {
	qe(), Le();
	let r = (/* @__PURE__ */ j(e))[t].apply(e, n);
	return Re(), Je(), r;
}
var gt = /* @__PURE__ */ e("__proto__,__v_isRef,__isVue"), _t = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((e) => e !== "arguments" && e !== "caller").map((e) => Symbol[e]).filter(_));
function vt(e) {
	_(e) || (e = String(e));
	let t = /* @__PURE__ */ j(this);
	return A(t, "has", e), t.hasOwnProperty(e);
}
var yt = class {
	constructor(e = !1, t = !1) {
		this._isReadonly = e, this._isShallow = t;
	}
	get(e, t, n) {
		if (t === "__v_skip") return e.__v_skip;
		let r = this._isReadonly, i = this._isShallow;
		if (t === "__v_isReactive") return !r;
		if (t === "__v_isReadonly") return r;
		if (t === "__v_isShallow") return i;
		if (t === "__v_raw") return n === (r ? i ? Lt : It : i ? Ft : Pt).get(e) || Object.getPrototypeOf(e) === Object.getPrototypeOf(n) ? e : void 0;
		let a = d(e);
		if (!r) {
			let e;
			if (a && (e = ct[t])) return e;
			if (t === "hasOwnProperty") return vt;
		}
		let o = Reflect.get(e, t, /* @__PURE__ */ M(e) ? e : n);
		if ((_(t) ? _t.has(t) : gt(t)) || (r || A(e, "get", t), i)) return o;
		if (/* @__PURE__ */ M(o)) {
			let e = a && ee(t) ? o : o.value;
			return r && v(e) ? /* @__PURE__ */ Vt(e) : e;
		}
		return v(o) ? r ? /* @__PURE__ */ Vt(o) : /* @__PURE__ */ zt(o) : o;
	}
}, bt = class extends yt {
	constructor(e = !1) {
		super(!1, e);
	}
	set(e, t, n, r) {
		let i = e[t], a = d(e) && ee(t);
		if (!this._isShallow) {
			let e = /* @__PURE__ */ Wt(i);
			if (!/* @__PURE__ */ Gt(n) && !/* @__PURE__ */ Wt(n) && (i = /* @__PURE__ */ j(i), n = /* @__PURE__ */ j(n)), !a && /* @__PURE__ */ M(i) && !/* @__PURE__ */ M(n)) return e || (i.value = n), !0;
		}
		let o = a ? Number(t) < e.length : u(e, t), s = Reflect.set(e, t, n, /* @__PURE__ */ M(e) ? e : r);
		return e === /* @__PURE__ */ j(r) && s && (o ? ce(n, i) && it(e, "set", t, n, i) : it(e, "add", t, n)), s;
	}
	deleteProperty(e, t) {
		let n = u(e, t), r = e[t], i = Reflect.deleteProperty(e, t);
		return i && n && it(e, "delete", t, void 0, r), i;
	}
	has(e, t) {
		let n = Reflect.has(e, t);
		return _(t) && _t.has(t) || A(e, "has", t), n;
	}
	ownKeys(e) {
		return A(e, "iterate", d(e) ? "length" : tt), Reflect.ownKeys(e);
	}
}, xt = class extends yt {
	constructor(e = !1) {
		super(!0, e);
	}
	set(e, t) {
		return !0;
	}
	deleteProperty(e, t) {
		return !0;
	}
}, St = /* @__PURE__ */ new bt(), Ct = /* @__PURE__ */ new xt(), wt = /* @__PURE__ */ new bt(!0), Tt = (e) => e, Et = (e) => Reflect.getPrototypeOf(e);
function Dt(e, t, n) {
	return function(...r) {
		let i = this.__v_raw, a = /* @__PURE__ */ j(i), o = f(a), c = e === "entries" || e === Symbol.iterator && o, l = e === "keys" && o, u = i[e](...r), d = n ? Tt : t ? Yt : Jt;
		return !t && A(a, "iterate", l ? nt : tt), s(Object.create(u), { next() {
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
function Ot(e) {
	return function(...t) {
		return e === "delete" ? !1 : e === "clear" ? void 0 : this;
	};
}
function kt(e, t) {
	let n = {
		get(n) {
			let r = this.__v_raw, i = /* @__PURE__ */ j(r), a = /* @__PURE__ */ j(n);
			e || (ce(n, a) && A(i, "get", n), A(i, "get", a));
			let { has: o } = Et(i), s = t ? Tt : e ? Yt : Jt;
			if (o.call(i, n)) return s(r.get(n));
			if (o.call(i, a)) return s(r.get(a));
			r !== i && r.get(n);
		},
		get size() {
			let t = this.__v_raw;
			return !e && A(/* @__PURE__ */ j(t), "iterate", tt), t.size;
		},
		has(t) {
			let n = this.__v_raw, r = /* @__PURE__ */ j(n), i = /* @__PURE__ */ j(t);
			return e || (ce(t, i) && A(r, "has", t), A(r, "has", i)), t === i ? n.has(t) : n.has(t) || n.has(i);
		},
		forEach(n, r) {
			let i = this, a = i.__v_raw, o = /* @__PURE__ */ j(a), s = t ? Tt : e ? Yt : Jt;
			return !e && A(o, "iterate", tt), a.forEach((e, t) => n.call(r, s(e), s(t), i));
		}
	};
	return s(n, e ? {
		add: Ot("add"),
		set: Ot("set"),
		delete: Ot("delete"),
		clear: Ot("clear")
	} : {
		add(e) {
			let n = /* @__PURE__ */ j(this), r = Et(n), i = /* @__PURE__ */ j(e), a = !t && !/* @__PURE__ */ Gt(e) && !/* @__PURE__ */ Wt(e) ? i : e;
			return r.has.call(n, a) || ce(e, a) && r.has.call(n, e) || ce(i, a) && r.has.call(n, i) || (n.add(a), it(n, "add", a, a)), this;
		},
		set(e, n) {
			t || /* @__PURE__ */ Gt(n) || /* @__PURE__ */ Wt(n) || (n = /* @__PURE__ */ j(n));
			let r = /* @__PURE__ */ j(this), { has: i, get: a } = Et(r), o = i.call(r, e);
			o ||= (e = /* @__PURE__ */ j(e), i.call(r, e));
			let s = a.call(r, e);
			return r.set(e, n), o ? ce(n, s) && it(r, "set", e, n, s) : it(r, "add", e, n), this;
		},
		delete(e) {
			let t = /* @__PURE__ */ j(this), { has: n, get: r } = Et(t), i = n.call(t, e);
			i ||= (e = /* @__PURE__ */ j(e), n.call(t, e));
			let a = r ? r.call(t, e) : void 0, o = t.delete(e);
			return i && it(t, "delete", e, void 0, a), o;
		},
		clear() {
			let e = /* @__PURE__ */ j(this), t = e.size !== 0, n = e.clear();
			return t && it(e, "clear", void 0, void 0, void 0), n;
		}
	}), [
		"keys",
		"values",
		"entries",
		Symbol.iterator
	].forEach((r) => {
		n[r] = Dt(r, e, t);
	}), n;
}
function At(e, t) {
	let n = kt(e, t);
	return (r, i, a) => i === "__v_isReactive" ? !e : i === "__v_isReadonly" ? e : i === "__v_isShallow" ? t : i === "__v_raw" ? r : Reflect.get(u(n, i) && i in r ? n : r, i, a);
}
var jt = { get: /* @__PURE__ */ At(!1, !1) }, Mt = { get: /* @__PURE__ */ At(!1, !0) }, Nt = { get: /* @__PURE__ */ At(!0, !1) }, Pt = /* @__PURE__ */ new WeakMap(), Ft = /* @__PURE__ */ new WeakMap(), It = /* @__PURE__ */ new WeakMap(), Lt = /* @__PURE__ */ new WeakMap();
function Rt(e) {
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
function zt(e) {
	return /* @__PURE__ */ Wt(e) ? e : Ht(e, !1, St, jt, Pt);
}
// @__NO_SIDE_EFFECTS__
function Bt(e) {
	return Ht(e, !1, wt, Mt, Ft);
}
// @__NO_SIDE_EFFECTS__
function Vt(e) {
	return Ht(e, !0, Ct, Nt, It);
}
function Ht(e, t, n, r, i) {
	if (!v(e) || e.__v_raw && !(t && e.__v_isReactive) || e.__v_skip || !Object.isExtensible(e)) return e;
	let a = i.get(e);
	if (a) return a;
	let o = Rt(S(e));
	if (o === 0) return e;
	let s = new Proxy(e, o === 2 ? r : n);
	return i.set(e, s), s;
}
// @__NO_SIDE_EFFECTS__
function Ut(e) {
	return /* @__PURE__ */ Wt(e) ? /* @__PURE__ */ Ut(e.__v_raw) : !!(e && e.__v_isReactive);
}
// @__NO_SIDE_EFFECTS__
function Wt(e) {
	return !!(e && e.__v_isReadonly);
}
// @__NO_SIDE_EFFECTS__
function Gt(e) {
	return !!(e && e.__v_isShallow);
}
// @__NO_SIDE_EFFECTS__
function Kt(e) {
	return e ? !!e.__v_raw : !1;
}
// @__NO_SIDE_EFFECTS__
function j(e) {
	let t = e && e.__v_raw;
	return t ? /* @__PURE__ */ j(t) : e;
}
function qt(e) {
	return !u(e, "__v_skip") && Object.isExtensible(e) && ue(e, "__v_skip", !0), e;
}
var Jt = (e) => v(e) ? /* @__PURE__ */ zt(e) : e, Yt = (e) => v(e) ? /* @__PURE__ */ Vt(e) : e;
// @__NO_SIDE_EFFECTS__
function M(e) {
	return e ? e.__v_isRef === !0 : !1;
}
// @__NO_SIDE_EFFECTS__
function N(e) {
	return Zt(e, !1);
}
// @__NO_SIDE_EFFECTS__
function Xt(e) {
	return Zt(e, !0);
}
function Zt(e, t) {
	return /* @__PURE__ */ M(e) ? e : new Qt(e, t);
}
var Qt = class {
	constructor(e, t) {
		this.dep = new Qe(), this.__v_isRef = !0, this.__v_isShallow = !1, this._rawValue = t ? e : /* @__PURE__ */ j(e), this._value = t ? e : Jt(e), this.__v_isShallow = t;
	}
	get value() {
		return this.dep.track(), this._value;
	}
	set value(e) {
		let t = this._rawValue, n = this.__v_isShallow || /* @__PURE__ */ Gt(e) || /* @__PURE__ */ Wt(e);
		e = n ? e : /* @__PURE__ */ j(e), ce(e, t) && (this._rawValue = e, this._value = n ? e : Jt(e), this.dep.trigger());
	}
};
function P(e) {
	return /* @__PURE__ */ M(e) ? e.value : e;
}
var $t = {
	get: (e, t, n) => t === "__v_raw" ? e : P(Reflect.get(e, t, n)),
	set: (e, t, n, r) => {
		let i = e[t];
		return /* @__PURE__ */ M(i) && !/* @__PURE__ */ M(n) ? (i.value = n, !0) : Reflect.set(e, t, n, r);
	}
};
function en(e) {
	return /* @__PURE__ */ Ut(e) ? e : new Proxy(e, $t);
}
var tn = class {
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
function nn(e, t, n = !1) {
	let r, i;
	return h(e) ? r = e : (r = e.get, i = e.set), new tn(r, i, n);
}
var rn = {}, an = /* @__PURE__ */ new WeakMap(), on = void 0;
function sn(e, t = !1, n = on) {
	if (n) {
		let t = an.get(n);
		t || an.set(n, t = []), t.push(e);
	}
}
function cn(e, n, i = t) {
	let { immediate: a, deep: o, once: s, scheduler: l, augmentJob: u, call: f } = i, p = (e) => o ? e : /* @__PURE__ */ Gt(e) || o === !1 || o === 0 ? ln(e, 1) : ln(e), m, g, _, v, y = !1, b = !1;
	if (/* @__PURE__ */ M(e) ? (g = () => e.value, y = /* @__PURE__ */ Gt(e)) : /* @__PURE__ */ Ut(e) ? (g = () => p(e), y = !0) : d(e) ? (b = !0, y = e.some((e) => /* @__PURE__ */ Ut(e) || /* @__PURE__ */ Gt(e)), g = () => e.map((e) => {
		if (/* @__PURE__ */ M(e)) return e.value;
		if (/* @__PURE__ */ Ut(e)) return p(e);
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
		let t = on;
		on = m;
		try {
			return f ? f(e, 3, [v]) : e(v);
		} finally {
			on = t;
		}
	} : r, n && o) {
		let e = g, t = o === !0 ? Infinity : o;
		g = () => ln(e(), t);
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
	let C = b ? Array(e.length).fill(rn) : rn, ee = (e) => {
		if (m.flags & 1 && (m.dirty || e)) {
			if (n) {
				let t = m.run();
				if (e || o || y || (b ? t.some((e, t) => ce(e, C[t])) : ce(t, C))) {
					let e = on;
					qe();
					try {
						_ && _(), on = m;
						let e = [
							t,
							C === rn ? void 0 : b && C[0] === rn ? [] : C,
							v
						];
						C = t, f ? f(n, 3, e) : n(...e);
					} finally {
						on = e, Je();
					}
				}
			} else m.run();
		}
	};
	return u && u(ee), m = new Me(g), m.scheduler = l ? () => l(ee, !1) : ee, v = (e) => sn(e, !1, m), _ = m.onStop = () => {
		let e = an.get(m);
		if (e) {
			if (f) f(e, 4);
			else for (let t of e) t();
			an.delete(m);
		}
	}, n ? a ? ee(!0) : C = m.run() : l ? l(ee.bind(null, !0), !0) : m.run(), S.pause = m.pause.bind(m), S.resume = m.resume.bind(m), S.stop = S, S;
}
function ln(e, t = Infinity, n) {
	if (t <= 0 || !v(e) || e.__v_skip || (n ||= /* @__PURE__ */ new Map(), (n.get(e) || 0) >= t)) return e;
	if (n.set(e, t), t--, /* @__PURE__ */ M(e)) ln(e.value, t, n);
	else if (d(e)) for (let r = 0; r < e.length; r++) ln(e[r], t, n);
	else if (p(e) || f(e)) e.forEach((e) => {
		ln(e, t, n);
	});
	else if (C(e)) {
		for (let r in e) ln(e[r], t, n);
		for (let r of Object.getOwnPropertySymbols(e)) Object.prototype.propertyIsEnumerable.call(e, r) && ln(e[r], t, n);
	}
	return e;
}
// node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js
function un(e, t, n, r) {
	try {
		return r ? e(...r) : e();
	} catch (e) {
		fn(e, t, n);
	}
}
function dn(e, t, n, r) {
	if (h(e)) {
		let i = un(e, t, n, r);
		return i && y(i) && i.catch((e) => {
			fn(e, t, n, void 0, !0);
		}), i;
	}
	if (d(e)) {
		let i = [];
		for (let a = 0; a < e.length; a++) i.push(dn(e[a], t, n, r));
		return i;
	}
}
function fn(e, n, r, i = !0, a = !1) {
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
			qe(), un(s, null, 10, [
				e,
				i,
				o
			]), Je();
			return;
		}
	}
	pn(e, r, o, i, c);
}
function pn(e, t, n, r = !0, i = !1) {
	if (i) throw e;
	console.error(e);
}
var F = [], mn = -1, hn = [], gn = null, _n = 0, vn = /* @__PURE__ */ Promise.resolve(), yn = null;
function bn(e) {
	let t = yn || vn;
	return e ? t.then(this ? e.bind(this) : e) : t;
}
function xn(e) {
	let t = mn + 1, n = F.length;
	for (; t < n;) {
		let r = t + n >>> 1, i = F[r], a = kn(i);
		a < e || a === e && i.flags & 2 ? t = r + 1 : n = r;
	}
	return t;
}
function Sn(e) {
	if (!(e.flags & 1)) {
		let t = kn(e), n = F[F.length - 1];
		!n || !(e.flags & 2) && t >= kn(n) ? F.push(e) : F.splice(xn(t), 0, e), e.flags |= 1, Cn();
	}
}
function Cn() {
	yn ||= vn.then(An);
}
function wn(e) {
	if (!d(e)) gn && e.id === -1 ? gn.splice(_n + 1, 0, e) : e.flags & 1 || (hn.push(e), e.flags |= 1);
	else for (let t = 0; t < e.length; t++) hn.push(e[t]);
	Cn();
}
function Tn(e, t, n, r = mn + 1) {
	for (; r < F.length; r++) {
		let n = F[r];
		if (n && n.flags & 2) {
			if (e && n.id !== e.uid || t !== void 0 && !(n.id >= t)) continue;
			F.splice(r, 1), r = e ? r - 1 : mn, n.flags & 4 && (n.flags &= -2), n(), n.flags & 4 || (n.flags &= -2);
		}
	}
}
function En(e, t, n = 0) {
	if (hn.length) {
		let e = hn, r = 0;
		if (t) {
			e = [];
			for (let i = 0; i < hn.length; i++) {
				let a = hn[i];
				(a.i === void 0 ? t.has(a) : !a.i || a.i.uid < n) ? hn[r++] = a : e.push(a);
			}
		}
		let i = [...new Set(e)].sort((e, t) => kn(e) - kn(t));
		if (hn.length = r, gn) {
			for (let e = 0; e < i.length; e++) gn.push(i[e]);
			return;
		}
		for (gn = i, _n = 0; _n < gn.length; _n++) {
			let e = gn[_n];
			e.flags & 4 && (e.flags &= -2), e.flags & 8 || e(), e.flags &= -2;
		}
		gn = null, _n = 0;
	}
}
var Dn = !1;
function On(e, t) {
	if (Dn) {
		e();
		return;
	}
	let n = t === void 0 ? void 0 : new Set(hn);
	e(), Dn = !0;
	try {
		Tn(void 0, t), En(void 0, n, t);
	} finally {
		Dn = !1;
	}
}
var kn = (e) => e.id == null ? e.flags & 2 ? -1 : Infinity : e.id;
function An(e) {
	try {
		for (mn = 0; mn < F.length; mn++) {
			let e = F[mn];
			e && !(e.flags & 8) && (e.flags & 4 && (e.flags &= -2), un(e, e.i, e.i ? 15 : 14), e.flags & 4 || (e.flags &= -2));
		}
	} finally {
		for (; mn < F.length; mn++) {
			let e = F[mn];
			e && (e.flags &= -2);
		}
		mn = -1, F.length = 0, En(e), yn = null, (F.length || hn.length) && An(e);
	}
}
var jn = null, Mn = null;
function Nn(e) {
	let t = jn;
	return jn = e, Mn = e && e.type.__scopeId || null, t;
}
function Pn(e, t = jn, n) {
	if (!t || e._n) return e;
	let r = (...n) => {
		r._d && mi(-1);
		let i = Nn(t), a = ui.length, o;
		try {
			o = e(...n);
		} finally {
			for (let e = ui.length; e > a; e--) fi();
			Nn(i), r._d && mi(1);
		}
		return o;
	};
	return r._n = !0, r._c = !0, r._d = !0, r;
}
function Fn(e, n) {
	if (jn === null) return e;
	let r = Xi(jn), i = e.dirs ||= [];
	for (let e = 0; e < n.length; e++) {
		let [a, o, s, c = t] = n[e];
		a && (h(a) && (a = {
			mounted: a,
			updated: a
		}), a.deep && ln(o), i.push({
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
function In(e, t, n, r) {
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
		u && (qe(), dn(u, n, 8, [
			e.el,
			l,
			i,
			t
		]), Je());
	}
}
function Ln(e, t, n = !1) {
	let r = Ii();
	if (r || vr) {
		let i = vr ? vr._context.provides : r ? r.parent == null || r.ce ? r.vnode.appContext && r.vnode.appContext.provides : r.parent.provides : void 0;
		if (i && e in i) return i[e];
		if (arguments.length > 1) return n && h(t) ? t.call(r && r.proxy) : t;
	}
}
var Rn = /* @__PURE__ */ Symbol.for("v-scx"), zn = () => Ln(Rn);
function I(e, t, n) {
	return Bn(e, t, n);
}
function Bn(e, n, i = t) {
	let { immediate: a, deep: o, flush: c, once: l } = i, u = s({}, i), d = n && a || !n && c !== "post", f;
	if (Hi) {
		if (c === "sync") {
			let e = zn();
			f = e.__watcherHandles ||= [];
		} else if (!d) {
			let e = () => {};
			return e.stop = r, e.resume = r, e.pause = r, e;
		}
	}
	let p = Fi;
	u.call = (e, t, n) => dn(e, p, t, n);
	let m = !1;
	c === "post" ? u.scheduler = (e) => {
		e.i = p, R(e, p && p.suspense);
	} : c !== "sync" && (m = !0, u.scheduler = (e, t) => {
		t ? e() : Sn(e);
	}), u.augmentJob = (e) => {
		n && (e.flags |= 4), m && (e.flags |= 2, p && (e.id = p.uid, e.i = p));
	};
	let h = cn(e, n, u);
	return Hi && (f ? f.push(h) : d && h()), h;
}
var Vn = /* @__PURE__ */ Symbol("_vte"), Hn = (e) => e.__isTeleport, Un = /* @__PURE__ */ Symbol("_leaveCb");
function Wn(e) {
	let t = e[0];
	if (e.length > 1) {
		for (let n of e) if (n.type !== ci) {
			t = n;
			break;
		}
	}
	return t;
}
function Gn(e) {
	if (!tr(e)) return Hn(e.type) && e.children ? Wn(e.children) : e;
	if (e.component) return e.component.subTree;
	let { shapeFlag: t, children: n } = e;
	if (n) {
		if (t & 16) return n[0];
		if (t & 32 && h(n.default)) return n.default();
	}
}
function Kn(e, t) {
	if (e.shapeFlag & 6 && e.component) {
		e.transition = t;
		let n = e.component.subTree;
		Kn(Hn(n.type) && Gn(n) || n, t);
	} else if (e.shapeFlag & 128) {
		let n = e.suspense;
		if (n) {
			let e = n.isHydrating ? n.pendingBranch : n.activeBranch;
			e && Kn(e, t.clone(e));
		} else e.ssContent.transition = t.clone(e.ssContent), e.ssFallback.transition = t.clone(e.ssFallback);
	} else if (e.transition = t, e.type === z && d(e.children)) {
		let n = wr(e.children, !1);
		n && Kn(n, t);
	}
}
function qn(e) {
	if (e.component) return qn(e.component.subTree);
	if (e.type === z) {
		let t = d(e.children) && wr(e.children, !1);
		return t ? qn(t) : void 0;
	}
	if (e.type !== ci) return e;
}
// @__NO_SIDE_EFFECTS__
function Jn(e, t) {
	return h(e) ? /* @__PURE__ */ s({ name: e.name }, t, { setup: e }) : e;
}
function Yn(e) {
	e.ids = [
		e.ids[0] + e.ids[2]++ + "-",
		0,
		0
	];
}
function Xn(e, t) {
	let n;
	return !!((n = Object.getOwnPropertyDescriptor(e, t)) && !n.configurable);
}
var Zn = /* @__PURE__ */ new WeakMap();
function Qn(e, n, r, a, o = !1) {
	if (d(e)) {
		e.forEach((e, t) => Qn(e, n && (d(n) ? n[t] : n), r, a, o));
		return;
	}
	if (er(a) && !o) {
		a.shapeFlag & 512 && a.type.__asyncResolved && a.component.subTree.component && Qn(e, n, r, a.component.subTree);
		return;
	}
	let s = a.shapeFlag & 4 ? Xi(a.component) : a.el, l = o ? null : s, { i: f, r: p } = e, m = n && n.r, _ = f.refs === t ? f.refs = {} : f.refs, v = f.setupState, y = /* @__PURE__ */ j(v), b = v === t ? i : (e) => !Xn(_, e) && u(y, e), x = (e, t) => !(t && Xn(_, t));
	if (m != null && m !== p) {
		if ($n(n), g(m)) _[m] = null, b(m) && (v[m] = null);
		else if (/* @__PURE__ */ M(m)) {
			let e = n;
			x(m, e.k) && (m.value = null), e.k && (_[e.k] = null);
		}
	}
	if (h(p)) un(p, f, 12, [l, _]);
	else {
		let t = g(p), n = /* @__PURE__ */ M(p);
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
					i(), Zn.delete(e);
				};
				t.id = -1, Zn.set(e, t), R(t, r);
			} else $n(e), i();
		}
	}
}
function $n(e) {
	let t = Zn.get(e);
	t && (t.flags |= 8, Zn.delete(e));
}
pe().requestIdleCallback, pe().cancelIdleCallback;
var er = (e) => !!e.type.__asyncLoader, tr = (e) => e.type.__isKeepAlive;
function nr(e, t, n = Fi, r = !1) {
	if (n) {
		let i = n[e] || (n[e] = []), a = t.__weh ||= (...r) => {
			qe();
			let i = zi(n), a = dn(t, n, e, r);
			return i(), Je(), a;
		};
		return r ? i.unshift(a) : i.push(a), a;
	}
}
var rr = (e) => (t, n = Fi) => {
	Hi && e !== "sp" || nr(e, (...e) => t(...e), n);
}, ir = rr("m"), ar = rr("bum"), or = "components", sr = /* @__PURE__ */ Symbol.for("v-ndc");
function cr(e) {
	return g(e) ? lr(or, e, !1) || e : e || sr;
}
function lr(e, t, n = !0, r = !1) {
	let i = jn || Fi;
	if (i) {
		let n = i.type;
		if (e === or) {
			let e = Zi(n, !1);
			if (e && (e === t || e === w(t) || e === oe(w(t)))) return n;
		}
		let a = ur(i[e] || n[e], t) || ur(i.appContext[e], t);
		return !a && r ? n : a;
	}
}
function ur(e, t) {
	return e && (e[t] || e[w(t)] || e[oe(w(t))]);
}
function L(e, t, n, r) {
	let i, a = n && n[r], o = d(e);
	if (o || g(e)) {
		let n = o && /* @__PURE__ */ Ut(e), r = !1, s = !1;
		n && (r = !/* @__PURE__ */ Gt(e), s = /* @__PURE__ */ Wt(e), e = ot(e)), i = Array(e.length);
		for (let n = 0, o = e.length; n < o; n++) i[n] = t(r ? s ? Yt(Jt(e[n])) : Jt(e[n]) : e[n], n, void 0, a && a[n]);
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
var dr = (e) => e ? Vi(e) ? Xi(e) : dr(e.parent) : null, fr = /* @__PURE__ */ s(/* @__PURE__ */ Object.create(null), {
	$: (e) => e,
	$el: (e) => e.vnode.el,
	$data: (e) => e.data,
	$props: (e) => e.props,
	$attrs: (e) => e.attrs,
	$slots: (e) => e.slots,
	$refs: (e) => e.refs,
	$parent: (e) => dr(e.parent),
	$root: (e) => dr(e.root),
	$host: (e) => e.ce,
	$emit: (e) => e.emit,
	$options: (e) => e.type,
	$forceUpdate: (e) => e.f ||= () => {
		Sn(e.update);
	},
	$nextTick: (e) => e.n ||= bn.bind(e.proxy),
	$watch: (e) => r
}), pr = (e, n) => e !== t && !e.__isScriptSetup && u(e, n), mr = {
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
			else if (pr(i, n)) return s[n] = 1, i[n];
			else if (u(o, n)) return s[n] = 3, o[n];
			else if (r !== t && u(r, n)) return s[n] = 4, r[n];
			else s[n] = 0;
		}
		let d = fr[n], f, p;
		if (d) return n === "$attrs" && A(e.attrs, "get", ""), d(e);
		if ((f = c.__cssModules) && (f = f[n])) return f;
		if (r !== t && u(r, n)) return s[n] = 4, r[n];
		if (p = l.config.globalProperties, u(p, n)) return p[n];
	},
	set({ _: e }, t, n) {
		let { data: r, setupState: i, ctx: a } = e;
		return pr(i, t) ? (i[t] = n, !0) : u(e.props, t) || t[0] === "$" && t.slice(1) in e ? !1 : (a[t] = n, !0);
	},
	has({ _: { data: e, setupState: t, accessCache: n, ctx: r, appContext: i, props: a, type: o } }, s) {
		let c;
		return !!(n[s] || pr(t, s) || u(a, s) || u(r, s) || u(fr, s) || u(i.config.globalProperties, s) || (c = o.__cssModules) && c[s]);
	},
	defineProperty(e, t, n) {
		return n.get == null ? u(n, "value") && this.set(e, t, n.value, null) : e._.accessCache[t] = 0, Reflect.defineProperty(e, t, n);
	}
};
function hr() {
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
var gr = 0;
function _r(e, t) {
	return function(n, r = null) {
		h(n) || (n = s({}, n)), r != null && !v(r) && (r = null);
		let i = hr(), a = /* @__PURE__ */ new WeakSet(), o = [], c = !1, l = i.app = {
			_uid: gr++,
			_component: n,
			_props: r,
			_container: null,
			_context: i,
			_instance: null,
			version: $i,
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
					let u = l._ceVNode || xi(n, r);
					return u.appContext = i, s === !0 ? s = "svg" : s === !1 && (s = void 0), o && t ? t(u, a) : e(u, a, s), c = !0, l._container = a, a.__vue_app__ = l, Xi(u.component);
				}
			},
			onUnmount(e) {
				o.push(e);
			},
			unmount() {
				c && (dn(o, l._instance, 16), e(null, l._container), delete l._container.__vue_app__);
			},
			provide(e, t) {
				return i.provides[e] = t, l;
			},
			runWithContext(e) {
				let t = vr;
				vr = l;
				try {
					return e();
				} finally {
					vr = t;
				}
			}
		};
		return l;
	};
}
var vr = null, yr = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${w(t)}Modifiers`] || e[`${ae(t)}Modifiers`];
function br(e, n, ...r) {
	if (e.isUnmounted) return;
	let i = e.vnode.props || t, a = r, o = n.startsWith("update:"), s = o && yr(i, n.slice(7));
	s && (s.trim && (a = r.map((e) => g(e) ? e.trim() : e)), s.number && (a = a.map(de)));
	let c, l = i[c = se(n)] || i[c = se(w(n))];
	!l && o && (l = i[c = se(ae(n))]), l && dn(l, e, 6, a);
	let u = i[c + "Once"];
	if (u) {
		if (!e.emitted) e.emitted = {};
		else if (e.emitted[c]) return;
		e.emitted[c] = !0, dn(u, e, 6, a);
	}
}
function xr(e, t, n = !1) {
	let r = t.emitsCache, i = r.get(e);
	if (i !== void 0) return i;
	let a = e.emits, o = {};
	return a ? (d(a) ? a.forEach((e) => o[e] = null) : s(o, a), v(e) && r.set(e, o), o) : (v(e) && r.set(e, null), null);
}
function Sr(e, t) {
	return !e || !a(t) ? !1 : (t = t.slice(2), t = t === "Once" ? t : t.replace(/Once$/, ""), u(e, t[0].toLowerCase() + t.slice(1)) || u(e, ae(t)) || u(e, t));
}
function Cr(e) {
	let { type: t, vnode: n, proxy: r, withProxy: i, propsOptions: [a], slots: s, attrs: c, emit: l, render: u, renderCache: d, props: f, data: p, setupState: m, ctx: h, inheritAttrs: g } = e, _ = Nn(e), v, y;
	try {
		if (n.shapeFlag & 4) {
			let e = i || r, t = e;
			v = Ei(u.call(t, e, d, f, m, p, h)), y = c;
		} else {
			let e = t;
			v = Ei(e.length > 1 ? e(f, {
				attrs: c,
				slots: s,
				emit: l
			}) : e(f, null)), y = t.props ? c : Tr(c);
		}
	} catch (t) {
		ui.length = 0, fn(t, e, 1), v = xi(ci);
	}
	let b = v;
	if (y && g !== !1) {
		let e = Object.keys(y), { shapeFlag: t } = b;
		e.length && t & 7 && (a && e.some(o) && (y = Er(y, a)), b = wi(b, y, !1, !0));
	}
	return n.dirs && (b = wi(b, null, !1, !0), b.dirs = b.dirs ? b.dirs.concat(n.dirs) : n.dirs), n.transition && Kn(Hn(b.type) && Gn(b) || b, n.transition), v = b, Nn(_), v;
}
function wr(e, t = !0) {
	let n;
	for (let t = 0; t < e.length; t++) {
		let r = e[t];
		if (_i(r)) {
			if (r.type !== ci || r.children === "v-if") {
				if (n) return;
				n = r;
			}
		} else return;
	}
	return n;
}
var Tr = (e) => {
	let t;
	for (let n in e) (n === "class" || n === "style" || a(n)) && ((t ||= {})[n] = e[n]);
	return t;
}, Er = (e, t) => {
	let n = {};
	for (let r in e) o(r) && r.slice(9) in t || (n[r] = e[r]);
	return n;
};
function Dr(e, t, n) {
	let { props: r, children: i, component: a } = e, { props: o, children: s, patchFlag: c } = t, l = a.emitsOptions;
	if (t.dirs || t.transition) return !0;
	if (n && c >= 0) {
		if (c & 1024) return !0;
		if (c & 16) return r ? Or(r, o, l) : !!o;
		if (c & 8) {
			let e = t.dynamicProps;
			for (let t = 0; t < e.length; t++) {
				let n = e[t];
				if (kr(o, r, n) && !Sr(l, n)) return !0;
			}
		}
	} else return (i || s) && (!s || !s.$stable) ? !0 : r === o ? !1 : r ? !o || Or(r, o, l) : !!o;
	return !1;
}
function Or(e, t, n) {
	let r = Object.keys(t);
	if (r.length !== Object.keys(e).length) return !0;
	for (let i = 0; i < r.length; i++) {
		let a = r[i];
		if (!u(e, a) || kr(t, e, a) && !Sr(n, a)) return !0;
	}
	return !1;
}
function kr(e, t, n) {
	let r = e[n], i = t[n];
	return n === "style" && v(r) && v(i) ? !we(r, i) : r !== i;
}
function Ar({ vnode: e, parent: t, suspense: n }, r) {
	for (; t;) {
		let n = t.subTree;
		if (n.suspense && n.suspense.activeBranch === e && (n.suspense.vnode.el = n.el = r, e = n), n === e) (e = t.vnode).el = r, t = t.parent;
		else break;
	}
	n && n.activeBranch === e && (n.vnode.el = r);
}
var jr = {}, Mr = () => Object.create(jr), Nr = (e) => Object.getPrototypeOf(e) === jr;
function Pr(e, t, n, r = !1) {
	let i = {}, a = Mr();
	e.propsDefaults = /* @__PURE__ */ Object.create(null), Ir(e, t, i, a);
	for (let t in e.propsOptions[0]) t in i || (i[t] = void 0);
	e.props = n ? r ? i : /* @__PURE__ */ Bt(i) : e.type.props ? i : a, e.attrs = a;
}
function Fr(e, t, n, r) {
	let { props: i, attrs: a, vnode: { patchFlag: o } } = e, s = /* @__PURE__ */ j(i), [c] = e.propsOptions, l = !1;
	if ((r || o > 0) && !(o & 16)) {
		if (o & 8) {
			let n = e.vnode.dynamicProps;
			for (let r = 0; r < n.length; r++) {
				let o = n[r];
				if (Sr(e.emitsOptions, o)) continue;
				let d = t[o];
				if (c) {
					if (u(a, o)) d !== a[o] && (a[o] = d, l = !0);
					else {
						let t = w(o);
						i[t] = Lr(c, s, t, d, e, !1);
					}
				} else d !== a[o] && (a[o] = d, l = !0);
			}
		}
	} else {
		Ir(e, t, i, a) && (l = !0);
		let r;
		for (let a in s) t && (u(t, a) || (r = ae(a)) !== a && u(t, r)) || (c ? n && (n[a] !== void 0 || n[r] !== void 0) && (i[a] = Lr(c, s, a, void 0, e, !0)) : delete i[a]);
		if (a !== s) for (let e in a) t && u(t, e) || (delete a[e], l = !0);
	}
	l && it(e.attrs, "set", "");
}
function Ir(e, n, r, i) {
	let [a, o] = e.propsOptions, s = !1, c;
	if (n) for (let t in n) {
		if (te(t)) continue;
		let l = n[t], d;
		a && u(a, d = w(t)) ? !o || !o.includes(d) ? r[d] = l : (c ||= {})[d] = l : Sr(e.emitsOptions, t) || t in i && l === i[t] || (i[t] = l, s = !0);
	}
	if (o) {
		let n = /* @__PURE__ */ j(r), i = c || t;
		for (let t = 0; t < o.length; t++) {
			let s = o[t];
			r[s] = Lr(a, n, s, i[s], e, !u(i, s));
		}
	}
	return s;
}
function Lr(e, t, n, r, i, a) {
	let o = e[n];
	if (o != null) {
		let e = u(o, "default");
		if (e && r === void 0) {
			let e = o.default;
			if (o.type !== Function && !o.skipFactory && h(e)) {
				let { propsDefaults: a } = i;
				if (n in a) r = a[n];
				else {
					let o = zi(i);
					r = a[n] = e.call(null, t), o();
				}
			} else r = e;
			i.ce && i.ce._setProp(n, r);
		}
		o[0] && (a && !e ? r = !1 : o[1] && (r === "" || r === ae(n)) && (r = !0));
	}
	return r;
}
function Rr(e, r, i = !1) {
	let a = r.propsCache, o = a.get(e);
	if (o) return o;
	let c = e.props, l = {}, f = [];
	if (!c) return v(e) && a.set(e, n), n;
	if (d(c)) for (let e = 0; e < c.length; e++) {
		let n = w(c[e]);
		zr(n) && (l[n] = t);
	}
	else if (c) for (let e in c) {
		let t = w(e);
		if (zr(t)) {
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
function zr(e) {
	return e[0] !== "$" && !te(e);
}
var Br = (e) => e === "_" || e === "_ctx" || e === "$stable", Vr = (e) => d(e) ? e.map(Ei) : [Ei(e)], Hr = (e, t, n) => {
	if (t._n) return t;
	let r = Pn((...e) => Vr(t(...e)), n);
	return r._c = !1, r;
}, Ur = (e, t, n) => {
	let r = e._ctx;
	for (let n in e) {
		if (Br(n)) continue;
		let i = e[n];
		if (h(i)) t[n] = Hr(n, i, r);
		else if (i != null) {
			let e = Vr(i);
			t[n] = () => e;
		}
	}
}, Wr = (e, t) => {
	let n = Vr(t);
	e.slots.default = () => n;
}, Gr = (e, t, n) => {
	for (let r in t) (n || !Br(r)) && (e[r] = t[r]);
}, Kr = (e, t, n) => {
	let r = e.slots = Mr();
	if (e.vnode.shapeFlag & 32) {
		let e = t._;
		e ? (Gr(r, t, n), n && ue(r, "_", e, !0)) : Ur(t, r);
	} else t && Wr(e, t);
}, qr = (e, n, r) => {
	let { vnode: i, slots: a } = e, o = !0, s = t;
	if (i.shapeFlag & 32) {
		let e = n._;
		e ? r && e === 1 ? o = !1 : Gr(a, n, r) : (o = !n.$stable, Ur(n, a)), s = n;
	} else n && (Wr(e, n), s = { default: 1 });
	if (o) for (let e in a) !Br(e) && s[e] == null && delete a[e];
}, R = oi;
function Jr(e) {
	return Yr(e);
}
function Yr(e, i) {
	let a = pe();
	a.__VUE__ = !0;
	let { insert: o, remove: s, patchProp: c, createElement: l, createText: u, createComment: d, setText: f, setElementText: p, parentNode: m, nextSibling: h, setScopeId: g = r, insertStaticContent: _ } = e, v = (e, t, r, i = null, a = null, o = null, s = void 0, c = null, l = !!t.dynamicChildren) => {
		if (e === t) return;
		e && !vi(e, t) && (i = Se(e), E(e, a, o, !0), e = null), t.patchFlag === -2 && (l = !1, t.dynamicChildren = null), t.dynamicChildren && e && e.dynamicChildren && e.dynamicChildren.hasOnce && (t.dynamicChildren === n && (t.dynamicChildren = []), t.dynamicChildren.hasOnce = !0);
		let { type: u, ref: d, shapeFlag: f } = t;
		switch (u) {
			case si:
				y(e, t, r, i);
				break;
			case ci:
				b(e, t, r, i);
				break;
			case li:
				e ?? x(t, r, i, s);
				break;
			case z:
				se(e, t, r, i, a, o, s, c, l);
				break;
			default: f & 1 ? ee(e, t, r, i, a, o, s, c, l) : f & 6 ? ce(e, t, r, i, a, o, s, c, l) : (f & 64 || f & 128) && u.process(e, t, r, i, a, o, s, c, l, we);
		}
		d != null && a ? Qn(d, e && e.ref, o, t || e, !t) : d == null && e && e.ref != null && Qn(e.ref, null, o, e, !0);
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
		if (d = e.el = l(e.type, a, m && m.is, m), h & 8 ? p(d, e.children) : h & 16 && w(e.children, d, null, r, i, Xr(e, a), s, u), _ && In(e, null, r, "created"), re(d, e, e.scopeId, s, r), m) {
			for (let e in m) e !== "value" && !te(e) && c(d, e, null, m[e], a, r);
			"value" in m && c(d, "value", null, m.value, a), (f = m.onVnodeBeforeMount) && Ai(f, r, e);
		}
		_ && In(e, null, r, "beforeMount");
		let v = Qr(i, g);
		v ? g.beforeEnter(d) : g && !g.persisted && (d[ai] = !0), o(d, t, n), ((f = m && m.onVnodeMounted) || v || _) && R(() => {
			try {
				f && Ai(f, r, e), v && g.enter(d), _ && In(e, null, r, "mounted");
			} finally {}
		}, i);
	}, re = (e, t, n, r, i) => {
		if (n && g(e, n), r) for (let t = 0; t < r.length; t++) g(e, r[t]);
		if (i) {
			let n = i.subTree;
			if (t === n || ii(n.type) && (n.ssContent === t || n.ssFallback === t)) {
				let t = i.vnode;
				re(e, t, t.scopeId, t.slotScopeIds, i.parent);
			}
		}
	}, w = (e, t, n, r, i, a, o, s, c = 0) => {
		for (let l = c; l < e.length; l++) {
			let c = e[l] = s ? Di(e[l]) : Ei(e[l]);
			v(null, c, t, n, r, i, a, o, s);
		}
	}, ie = (e, n, r, i, a, o, s) => {
		let l = n.el = e.el, { patchFlag: u, dynamicChildren: d, dirs: f } = n;
		u |= e.patchFlag & 16;
		let m = e.props || t, h = n.props || t, g;
		if (r && Zr(r, !1), (g = h.onVnodeBeforeUpdate) && Ai(g, r, n, e), f && In(n, e, r, "beforeUpdate"), r && Zr(r, !0), d && (!e.dynamicChildren || e.dynamicChildren.length !== d.length) && (u = 0, s = !1, d = null), (m.innerHTML && h.innerHTML == null || m.textContent && h.textContent == null) && p(l, ""), d ? ae(e.dynamicChildren, d, l, r, i, Xr(n, a), o) : s || me(e, n, l, null, r, i, Xr(n, a), o, !1), u > 0) {
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
		((g = h.onVnodeUpdated) || f) && R(() => {
			g && Ai(g, r, n, e), f && In(n, e, r, "updated");
		}, i);
	}, ae = (e, t, n, r, i, a, o) => {
		for (let s = 0; s < t.length; s++) {
			let c = e[s], l = t[s], u = c.el || ri(c), d = u && (c.type === z || !vi(c, l) || c.shapeFlag & 198) ? m(u) : n;
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
		h && (c = c ? c.concat(h) : h), e == null ? (o(d, n, r), o(f, n, r), w(t.children || [], n, f, i, a, s, c, l)) : p > 0 && p & 64 && m && e.dynamicChildren && e.dynamicChildren.length === m.length ? (ae(e.dynamicChildren, m, n, i, a, s, c), (t.key != null || i && t === i.subTree) && $r(e, t, !0)) : me(e, t, n, f, i, a, s, c, l);
	}, ce = (e, t, n, r, i, a, o, s, c) => {
		t.slotScopeIds = s, e == null ? t.shapeFlag & 512 ? i.ctx.activate(t, n, r, o, c) : ue(t, n, r, i, a, o, c) : de(e, t, c);
	}, ue = (e, t, n, r, i, a, o) => {
		let s = e.component = Pi(e, r, i);
		if (tr(e) && (s.ctx.renderer = we), Ui(s, !1, o), s.asyncDep) {
			if (i && i.registerDep(s, fe, o, a), !e.el) {
				let r = s.subTree = xi(ci);
				b(null, r, t, n), e.placeholder = r.el;
			}
		} else fe(s, e, t, n, i, a, o);
	}, de = (e, t, n) => {
		let r = t.component = e.component;
		if (Dr(e, t, n)) {
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
					let n = ti(e);
					if (n) {
						t && (t.el = c.el, T(e, t, o)), n.asyncDep.then(() => {
							let t = () => {
								e.job.flags & 8 || (i && i.pendingBranch ? R(t, i) : l());
							};
							t.flags = 48, R(t, i);
						});
						return;
					}
				}
				let u = t, d;
				Zr(e, !1), t ? (t.el = c.el, T(e, t, o)) : t = c, n && le(n), (d = t.props && t.props.onVnodeBeforeUpdate) && Ai(d, s, t, c), Zr(e, !0);
				let f = Cr(e), p = e.subTree;
				e.subTree = f, v(p, f, m(p.el || ri(p)), Se(p), e, i, a), t.el = f.el, u === null && Ar(e, f.el), r && R(r, i), (d = t.props && t.props.onVnodeUpdated) && R(() => Ai(d, s, t, c), i);
			} else {
				let o, { el: s, props: c } = t, { bm: l, m: u, parent: d, root: f, type: p } = e, m = er(t);
				if (Zr(e, !1), l && le(l), !m && (o = c && c.onVnodeBeforeMount) && Ai(o, d, t), Zr(e, !0), s && Ee) {
					let t = () => {
						e.subTree = Cr(e), Ee(s, e.subTree, e, i, null);
					};
					m && p.__asyncHydrate ? p.__asyncHydrate(s, e, t) : t();
				} else {
					f.ce && f.ce._hasShadowRoot() && f.ce._injectChildStyle(p, e.parent ? e.parent.type : void 0);
					let o = e.subTree = Cr(e);
					v(null, o, n, r, e, i, a), t.el = o.el;
				}
				if (u && R(u, i), !m && (o = c && c.onVnodeMounted)) {
					let e = t;
					R(() => Ai(o, d, e), i);
				}
				(t.shapeFlag & 256 || d && er(d.vnode) && d.vnode.shapeFlag & 256) && e.a && R(e.a, i), e.isMounted = !0, t = n = r = null;
			}
		};
		e.scope.on();
		let c = e.effect = new Me(s);
		e.scope.off();
		let l = e.update = c.run.bind(c), u = e.job = c.runIfDirty.bind(c);
		u.i = e, u.id = e.uid, c.scheduler = () => Sn(u), Zr(e, !0), l();
	}, T = (e, t, n) => {
		t.component = e;
		let r = e.vnode.props;
		e.vnode = t, e.next = null, Fr(e, t.props, r, n), qr(e, t.children, n), qe(), Tn(e), Je();
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
			let n = t[p] = l ? Di(t[p]) : Ei(t[p]);
			v(e[p], n, r, null, a, o, s, c, l);
		}
		u > d ? xe(e, a, o, !0, !1, f) : w(t, r, i, a, o, s, c, l, f);
	}, ge = (e, t, r, i, a, o, s, c, l) => {
		let u = 0, d = t.length, f = e.length - 1, p = d - 1;
		for (; u <= f && u <= p;) {
			let n = e[u], i = t[u] = l ? Di(t[u]) : Ei(t[u]);
			if (vi(n, i)) v(n, i, r, null, a, o, s, c, l);
			else break;
			u++;
		}
		for (; u <= f && u <= p;) {
			let n = e[f], i = t[p] = l ? Di(t[p]) : Ei(t[p]);
			if (vi(n, i)) v(n, i, r, null, a, o, s, c, l);
			else break;
			f--, p--;
		}
		if (u > f) {
			if (u <= p) {
				let e = p + 1, n = e < d ? t[e].el : i;
				for (; u <= p;) v(null, t[u] = l ? Di(t[u]) : Ei(t[u]), r, n, a, o, s, c, l), u++;
			}
		} else if (u > p) for (; u <= f;) E(e[u], a, o, !0), u++;
		else {
			let m = u, h = u, g = /* @__PURE__ */ new Map();
			for (u = h; u <= p; u++) {
				let e = t[u] = l ? Di(t[u]) : Ei(t[u]);
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
				else for (_ = h; _ <= p; _++) if (C[_ - h] === 0 && vi(n, t[_])) {
					i = _;
					break;
				}
				i === void 0 ? E(n, a, o, !0) : (C[i - h] = u + 1, i >= S ? S = i : x = !0, v(n, t[i], r, null, a, o, s, c, l), y++);
			}
			let ee = x ? ei(C) : n;
			for (_ = ee.length - 1, u = b - 1; u >= 0; u--) {
				let e = h + u, n = t[e], f = t[e + 1], p = e + 1 < d ? f.el || ri(f) : i;
				C[u] === 0 ? v(null, n, r, p, a, o, s, c, l) : x && (_ < 0 || u !== ee[_] ? _e(n, r, p, 2) : _--);
			}
		}
	}, _e = (e, t, n, r, i = null) => {
		let { el: a, type: c, transition: l, children: u, shapeFlag: d } = e;
		if (d & 6) _e(e.component.subTree, t, n, r);
		else if (d & 128) e.suspense.move(t, n, r);
		else if (d & 64) c.move(e, t, n, we);
		else if (c === z) {
			o(a, t, n);
			for (let e = 0; e < u.length; e++) _e(u[e], t, n, r);
			o(e.anchor, t, n);
		} else if (c === li) S(e, t, n);
		else if (r !== 2 && d & 1 && l) {
			if (r === 0) l.persisted && !a[Un] ? o(a, t, n) : (l.beforeEnter(a), o(a, t, n), R(() => l.enter(a), i));
			else {
				let { leave: r, delayLeave: i, afterLeave: c } = l, u = () => {
					e.ctx.isUnmounted ? s(a) : o(a, t, n);
				}, d = () => {
					let e = a._isLeaving || !!a[Un];
					a._isLeaving && a[Un](!0), l.persisted && !e ? u() : r(a, () => {
						u(), c && c();
					});
				};
				i ? i(a, u, d) : d();
			}
		} else o(a, t, n);
	}, E = (e, t, n, r = !1, i = !1) => {
		let { type: a, props: o, ref: s, children: c, dynamicChildren: l, shapeFlag: u, patchFlag: d, dirs: f, cacheIndex: p, memo: m } = e;
		if ((d === -2 || l && l.hasOnce) && (i = !1), s != null && (qe(), Qn(s, null, n, e, !0), Je()), p == null || e.ctx && e.ctx !== t || (t.renderCache[p] = void 0), u & 256 && t.ctx.deactivate(e)) return;
		let h = u & 1 && f, g = !er(e), _;
		if (g && (_ = o && o.onVnodeBeforeUnmount) && Ai(_, t, e), u & 6) be(e.component, n, r);
		else {
			if (u & 128) {
				e.suspense.unmount(n, r);
				return;
			}
			h && In(e, null, t, "beforeUnmount"), u & 64 ? e.type.remove(e, t, n, we, r) : l && !l.hasOnce && (a !== z || d > 0 && d & 64) ? xe(l, t, n, !1, !0) : (a === z && d & 384 || !i && u & 16) && xe(c, t, n), r && ve(e);
		}
		let v = m != null && p == null;
		(g && (_ = o && o.onVnodeUnmounted) || h || v) && R(() => {
			_ && Ai(_, t, e), h && In(e, null, t, "unmounted"), v && (e.el = null);
		}, n);
	}, ve = (e) => {
		let { type: t, el: n, anchor: r, transition: i } = e, a = t === z;
		if (a && !i) {
			ye(n, r);
			return;
		}
		if (t === li) {
			C(e), i && !i.persisted && i.afterLeave && i.afterLeave();
			return;
		}
		let o = a ? qn(e) : e, c = () => {
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
		ni(c), ni(l), r && le(r), i.stop(), a ? (a.flags |= 8, E(o, e, t, n)) : o && (o.transition = e.vnode.transition, E(o, e, t, n)), s && R(s, t);
		let u = () => {
			e.isUnmounted = !0;
		};
		u.flags = 16, R(u, t);
	}, xe = (e, t, n, r = !1, i = !1, a = 0) => {
		for (let o = a; o < e.length; o++) E(e[o], t, n, r, i);
	}, Se = (e) => {
		if (e.shapeFlag & 6) return Se(e.component.subTree);
		if (e.shapeFlag & 128) return e.suspense.next();
		let t = h(e.anchor || e.el), n = t && t[Vn];
		return n ? h(n) : t;
	}, Ce = (e, t, n) => {
		On(() => {
			e == null ? t._vnode && E(t._vnode, null, null, !0) : v(t._vnode || null, e, t, null, null, null, n), t._vnode = e;
		}, e && t._vnode ? void 0 : e && e.component ? e.component.uid : Ni());
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
		createApp: _r(Ce, Te)
	};
}
function Xr({ type: e, props: t }, n) {
	return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function Zr({ effect: e, job: t }, n) {
	n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function Qr(e, t) {
	return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function $r(e, t, n = !1) {
	let r = e.children, i = t.children;
	if (d(r) && d(i)) for (let e = 0; e < r.length; e++) {
		let t = r[e], a = i[e];
		a.shapeFlag & 1 && !a.dynamicChildren && ((a.patchFlag <= 0 || a.patchFlag === 32) && (a = i[e] = Di(i[e]), a.el = t.el), !n && a.patchFlag !== -2 && $r(t, a)), a.type === si && (a.patchFlag === -1 && (a = i[e] = Di(a)), a.el = t.el), a.type === ci && !a.el && (a.el = t.el);
	}
}
function ei(e) {
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
function ti(e) {
	let t = e.subTree.component;
	if (t) return t.asyncDep && !t.asyncResolved ? t : ti(t);
}
function ni(e) {
	if (e) for (let t = 0; t < e.length; t++) e[t].flags |= 8;
}
function ri(e) {
	if (e.placeholder) return e.placeholder;
	let t = e.component;
	if (t) return ri(t.subTree);
	let n = e.suspense;
	return n && n.activeBranch ? ri(n.activeBranch) : null;
}
var ii = (e) => e.__isSuspense, ai = /* @__PURE__ */ Symbol("_deferredEnter");
function oi(e, t) {
	t && t.pendingBranch ? d(e) ? t.effects.push(...e) : t.effects.push(e) : wn(e);
}
var z = /* @__PURE__ */ Symbol.for("v-fgt"), si = /* @__PURE__ */ Symbol.for("v-txt"), ci = /* @__PURE__ */ Symbol.for("v-cmt"), li = /* @__PURE__ */ Symbol.for("v-stc"), ui = [], di = null;
function B(e = !1) {
	ui.push(di = e ? null : []);
}
function fi() {
	ui.pop(), di = ui[ui.length - 1] || null;
}
var pi = 1;
function mi(e, t = !1) {
	pi += e, e < 0 && di && t && (di.hasOnce = !0);
}
function hi(e) {
	return e.dynamicChildren = pi > 0 ? di || n : null, fi(), pi > 0 && di && di.push(e), e;
}
function V(e, t, n, r, i, a) {
	return hi(H(e, t, n, r, i, a, !0));
}
function gi(e, t, n, r, i) {
	return hi(xi(e, t, n, r, i, !0));
}
function _i(e) {
	return e ? e.__v_isVNode === !0 : !1;
}
function vi(e, t) {
	return e.type === t.type && e.key === t.key;
}
var yi = ({ key: e }) => e ?? null, bi = ({ ref: e, ref_key: t, ref_for: n }) => (typeof e == "number" && (e = "" + e), e == null ? null : g(e) || /* @__PURE__ */ M(e) || h(e) ? {
	i: jn,
	r: e,
	k: t,
	f: !!n
} : e);
function H(e, t = null, n = null, r = 0, i = null, a = e === z ? 0 : 1, o = !1, s = !1) {
	let c = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e,
		props: t,
		key: t && yi(t),
		ref: t && bi(t),
		scopeId: Mn,
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
		ctx: jn
	};
	return s ? (Oi(c, n), a & 128 && e.normalize(c)) : n && (c.shapeFlag |= g(n) ? 8 : 16), pi > 0 && !o && di && (c.patchFlag > 0 || a & 6) && c.patchFlag !== 32 && di.push(c), c;
}
var xi = Si;
function Si(e, t = null, n = null, r = 0, i = null, a = !1) {
	if (e && e !== sr || (e = ci), _i(e)) {
		let r = wi(e, t, !0);
		return n && Oi(r, n), pi > 0 && !a && di && (r.shapeFlag & 6 ? di[di.indexOf(e)] = r : di.push(r)), r.patchFlag = -2, r;
	}
	if (Qi(e) && (e = e.__vccOpts), t) {
		t = Ci(t);
		let { class: e, style: n } = t;
		e && !g(e) && (t.class = E(e)), v(n) && (/* @__PURE__ */ Kt(n) && !d(n) && (n = s({}, n)), t.style = T(n));
	}
	let o = g(e) ? 1 : ii(e) ? 128 : Hn(e) ? 64 : v(e) ? 4 : h(e) ? 2 : 0;
	return H(e, t, n, r, i, o, a, !0);
}
function Ci(e) {
	return e ? /* @__PURE__ */ Kt(e) ? s({}, e) : Nr(e) ? s({}, e[qi] || e) : e : null;
}
function wi(e, t, n = !1, r = !1) {
	let { props: i, ref: a, patchFlag: o, children: s, transition: c } = e, l = t ? ki(i || {}, t) : i, u = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e.type,
		props: l,
		key: l && yi(l),
		ref: t && t.ref ? n && a ? d(a) ? a.concat(bi(t)) : [a, bi(t)] : bi(t) : a,
		scopeId: e.scopeId,
		slotScopeIds: e.slotScopeIds,
		children: s,
		target: e.target,
		targetStart: e.targetStart,
		targetAnchor: e.targetAnchor,
		staticCount: e.staticCount,
		shapeFlag: e.shapeFlag,
		patchFlag: t && e.type !== z ? o === -1 ? 16 : o | 16 : o,
		dynamicProps: e.dynamicProps,
		dynamicChildren: e.dynamicChildren,
		appContext: e.appContext,
		dirs: e.dirs,
		transition: c,
		component: e.component,
		suspense: e.suspense,
		ssContent: e.ssContent && wi(e.ssContent),
		ssFallback: e.ssFallback && wi(e.ssFallback),
		placeholder: e.placeholder,
		el: e.el,
		anchor: e.anchor,
		ctx: e.ctx,
		ce: e.ce,
		cacheIndex: e.cacheIndex
	};
	return c && r && Kn(u, c.clone(u)), u;
}
function U(e = " ", t = 0) {
	return xi(si, null, e, t);
}
function Ti(e, t) {
	let n = xi(li, null, e);
	return n.staticCount = t, n;
}
function W(e = "", t = !1) {
	return t ? (B(), gi(ci, null, e)) : xi(ci, null, e);
}
function Ei(e) {
	return e == null || typeof e == "boolean" ? xi(ci) : d(e) ? xi(z, null, e.slice()) : _i(e) ? Di(e) : xi(si, null, String(e));
}
function Di(e) {
	return e.el === null && e.patchFlag !== -1 || e.memo ? e : wi(e);
}
function Oi(e, t) {
	let n = 0, { shapeFlag: r } = e;
	if (t == null) t = null;
	else if (d(t)) n = 16;
	else if (typeof t == "object") {
		if (r & 65) {
			let n = t.default;
			n && (n._c && (n._d = !1), Oi(e, n()), n._c && (n._d = !0));
			return;
		}
		{
			n = 32;
			let r = t._;
			!r && !Nr(t) ? t._ctx = jn : r === 3 && jn && (jn.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
		}
	} else if (h(t)) {
		if (r & 65) {
			Oi(e, { default: t });
			return;
		}
		t = {
			default: t,
			_ctx: jn
		}, n = 32;
	} else t = String(t), r & 64 ? (n = 16, t = [U(t)]) : n = 8;
	e.children = t, e.shapeFlag |= n;
}
function ki(...e) {
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
function Ai(e, t, n, r = null) {
	dn(e, t, 7, [n, r]);
}
var ji = /* @__PURE__ */ hr(), Mi = 0;
function Ni() {
	return Mi;
}
function Pi(e, n, r) {
	let i = e.type, a = (n ? n.appContext : e.appContext) || ji, o = {
		uid: Mi++,
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
		propsOptions: Rr(i, a),
		emitsOptions: xr(i, a),
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
	return o.ctx = { _: o }, o.root = n ? n.root : o, o.emit = br.bind(null, o), e.ce && e.ce(o), o;
}
var Fi = null, Ii = () => Fi || jn, Li, Ri;
{
	let e = pe(), t = (t, n) => {
		let r;
		return (r = e[t]) || (r = e[t] = []), r.push(n), (e) => {
			r.length > 1 ? r.forEach((t) => t(e)) : r[0](e);
		};
	};
	Li = t("__VUE_INSTANCE_SETTERS__", (e) => Fi = e), Ri = t("__VUE_SSR_SETTERS__", (e) => Hi = e);
}
var zi = (e) => {
	let t = Fi;
	return Li(e), e.scope.on(), () => {
		e.scope.off(), Li(t);
	};
}, Bi = () => {
	Fi && Fi.scope.off(), Li(null);
};
function Vi(e) {
	return e.vnode.shapeFlag & 4;
}
var Hi = !1;
function Ui(e, t = !1, n = !1) {
	t && Ri(t);
	let { props: r, children: i } = e.vnode, a = Vi(e);
	Pr(e, r, a, t), Kr(e, i, n || t);
	let o = a ? Wi(e, t) : void 0;
	return t && Ri(!1), o;
}
function Wi(e, t) {
	let n = e.type;
	e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, mr);
	let { setup: r } = n;
	if (r) {
		qe();
		let n = e.setupContext = r.length > 1 ? Yi(e) : null, i = zi(e), a = un(r, e, 0, [e.props, n]), o = y(a);
		if (Je(), i(), (o || e.sp) && !er(e) && Yn(e), o) {
			if (a.then(Bi, Bi), t) return a.then((n) => {
				Ri(!0);
				try {
					Gi(e, n, t);
				} finally {
					Ri(!1);
				}
			}).catch((t) => {
				fn(t, e, 0, void 0, !0), e.ssrRender = (e, t) => t("<!---->");
			});
			e.asyncDep = a;
		} else Gi(e, a, t);
	} else Ki(e, t);
}
function Gi(e, t, n) {
	h(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : v(t) && (e.setupState = en(t)), Ki(e, n);
}
function Ki(e, t, n) {
	let i = e.type;
	e.render ||= i.render || r;
}
var qi = /* @__PURE__ */ Symbol(), Ji = { get(e, t) {
	return A(e, "get", ""), t === qi ? e : e[t];
} };
function Yi(e) {
	return {
		attrs: new Proxy(e.attrs, Ji),
		slots: e.slots,
		emit: e.emit,
		expose: (t) => {
			e.exposed = t || {};
		}
	};
}
function Xi(e) {
	return e.exposed ? e.exposeProxy ||= new Proxy(en(qt(e.exposed)), {
		get(t, n) {
			if (n in t) return t[n];
			if (n in fr) return fr[n](e);
		},
		has(e, t) {
			return t in e || t in fr;
		}
	}) : e.proxy;
}
function Zi(e, t = !0) {
	return h(e) ? e.displayName || e.name : e.name || t && e.__name;
}
function Qi(e) {
	return h(e) && "__vccOpts" in e;
}
var G = (e, t) => /* @__PURE__ */ nn(e, t, Hi), $i = "3.5.45", ea = void 0, ta = typeof window < "u" && window.trustedTypes;
if (ta) try {
	ea = /* @__PURE__ */ ta.createPolicy("vue", { createHTML: (e) => e });
} catch {}
var na = ea ? (e) => ea.createHTML(e) : (e) => e, ra = "http://www.w3.org/2000/svg", ia = "http://www.w3.org/1998/Math/MathML", aa = typeof document < "u" ? document : null, oa = aa && /* @__PURE__ */ aa.createElement("template"), sa = {
	insert: (e, t, n) => {
		t.insertBefore(e, n || null);
	},
	remove: (e) => {
		let t = e.parentNode;
		t && t.removeChild(e);
	},
	createElement: (e, t, n, r) => {
		let i = t === "svg" ? aa.createElementNS(ra, e) : t === "mathml" ? aa.createElementNS(ia, e) : n ? aa.createElement(e, { is: n }) : aa.createElement(e);
		return e === "select" && r && r.multiple != null && i.setAttribute("multiple", r.multiple), i;
	},
	createText: (e) => aa.createTextNode(e),
	createComment: (e) => aa.createComment(e),
	setText: (e, t) => {
		e.nodeValue = t;
	},
	setElementText: (e, t) => {
		e.textContent = t;
	},
	parentNode: (e) => e.parentNode,
	nextSibling: (e) => e.nextSibling,
	querySelector: (e) => aa.querySelector(e),
	setScopeId(e, t) {
		e.setAttribute(t, "");
	},
	insertStaticContent(e, t, n, r, i, a) {
		let o = n ? n.previousSibling : t.lastChild;
		if (i && (i === a || i.nextSibling)) for (; t.insertBefore(i.cloneNode(!0), n), i !== a && (i = i.nextSibling););
		else {
			oa.innerHTML = na(r === "svg" ? `<svg>${e}</svg>` : r === "mathml" ? `<math>${e}</math>` : e);
			let i = oa.content;
			if (r === "svg" || r === "mathml") {
				let e = i.firstChild;
				for (; e.firstChild;) i.appendChild(e.firstChild);
				i.removeChild(e);
			}
			t.insertBefore(i, n);
		}
		return [o ? o.nextSibling : t.firstChild, n ? n.previousSibling : t.lastChild];
	}
}, ca = /* @__PURE__ */ Symbol("_vtc");
function la(e, t, n) {
	let r = e[ca];
	r && (t = (t ? [t, ...r] : [...r]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
var ua = /* @__PURE__ */ Symbol("_vod"), da = /* @__PURE__ */ Symbol("_vsh"), fa = /* @__PURE__ */ Symbol(""), pa = /(?:^|;)\s*display\s*:/;
function ma(e, t, n) {
	let r = e.style, i = g(n), a = !1;
	if (n && !i) {
		if (t) {
			if (g(t)) for (let e of t.split(";")) {
				let t = e.slice(0, e.indexOf(":")).trim();
				n[t] ?? ga(r, t, "");
			}
			else for (let e in t) n[e] ?? ga(r, e, "");
		}
		for (let i in n) {
			i === "display" && (a = !0);
			let o = n[i];
			o == null ? ga(r, i, "") : ba(e, i, !g(t) && t ? t[i] : void 0, o) || ga(r, i, o);
		}
	} else if (i) {
		if (t !== n) {
			let e = r[fa];
			e && (n += ";" + e), r.cssText = n, a = pa.test(n);
		}
	} else t && e.removeAttribute("style");
	ua in e && (i && t === n || (e[ua] = a ? r.display : ""), e[da] && (r.display = "none"));
}
var ha = /\s*!important$/;
function ga(e, t, n) {
	if (d(n)) n.forEach((n) => ga(e, t, n));
	else if (n ??= "", t.startsWith("--")) ha.test(n) ? e.setProperty(t, n.replace(ha, ""), "important") : e.setProperty(t, n);
	else {
		let r = ya(e, t);
		ha.test(n) ? e.setProperty(ae(r), n.replace(ha, ""), "important") : e[r] = n;
	}
}
var _a = [
	"Webkit",
	"Moz",
	"ms"
], va = {};
function ya(e, t) {
	let n = va[t];
	if (n) return n;
	let r = w(t);
	if (r !== "filter" && r in e) return va[t] = r;
	r = oe(r);
	for (let n = 0; n < _a.length; n++) {
		let i = _a[n] + r;
		if (i in e) return va[t] = i;
	}
	return t;
}
function ba(e, t, n, r) {
	return e.tagName === "TEXTAREA" && (t === "width" || t === "height") && g(r) && n === r;
}
var xa = "http://www.w3.org/1999/xlink";
function Sa(e, t, n, r, i, a = ve(t)) {
	r && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(xa, t.slice(6, t.length)) : e.setAttributeNS(xa, t, n) : n == null || a && !ye(n) ? e.removeAttribute(t) : e.setAttribute(t, a ? "" : _(n) ? String(n) : n);
}
function Ca(e, t, n, r, i) {
	if (t === "innerHTML" || t === "textContent") {
		n != null && (e[t] = t === "innerHTML" ? na(n) : n);
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
function wa(e, t, n, r) {
	e.addEventListener(t, n, r);
}
function Ta(e, t, n, r) {
	e.removeEventListener(t, n, r);
}
var Ea = /* @__PURE__ */ Symbol("_vei");
function Da(e, t, n, r, i = null) {
	let a = e[Ea] || (e[Ea] = {}), o = a[t];
	if (r && o) o.value = r;
	else {
		let [n, s] = Aa(t);
		r ? wa(e, n, a[t] = Pa(r, i), s) : o && (Ta(e, n, o, s), a[t] = void 0);
	}
}
var Oa = /(Once|Passive|Capture)$/, ka = /^on:?(?:Once|Passive|Capture)$/;
function Aa(e) {
	let t, n;
	for (; (n = e.match(Oa)) && !ka.test(e);) t ||= {}, e = e.slice(0, e.length - n[1].length), t[n[1].toLowerCase()] = !0;
	return [e[2] === ":" ? e.slice(3) : ae(e.slice(2)), t];
}
var ja = 0, Ma = /* @__PURE__ */ Promise.resolve(), Na = () => ja ||= (Ma.then(() => ja = 0), Date.now());
function Pa(e, t) {
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
				e && dn(e, t, 5, a);
			}
		} else dn(r, t, 5, [e]);
	};
	return n.value = e, n.attached = Na(), n;
}
var Fa = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, Ia = (e, t, n, r, i, s) => {
	let c = i === "svg";
	t === "class" ? la(e, r, c) : t === "style" ? ma(e, n, r) : a(t) ? o(t) || Da(e, t, n, r, s) : (t[0] === "." ? (t = t.slice(1), 1) : t[0] === "^" ? (t = t.slice(1), 0) : La(e, t, r, c)) ? (Ca(e, t, r), e.tagName.includes("-") || t !== "value" && t !== "checked" && t !== "selected" || Sa(e, t, r, c, s, t !== "value")) : e._isVueCE && (Ra(e, t) || e._def.__asyncLoader && (/[A-Z]/.test(t) || !g(r))) ? Ca(e, w(t), r, s, t) : (t === "true-value" ? e._trueValue = r : t === "false-value" && (e._falseValue = r), Sa(e, t, r, c));
};
function La(e, t, n, r) {
	if (r) return !!(t === "innerHTML" || t === "textContent" || t in e && Fa(t) && h(n));
	if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "autocorrect" || t === "sandbox" && e.tagName === "IFRAME" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA") return !1;
	if (t === "width" || t === "height") {
		let t = e.tagName;
		if (t === "IMG" || t === "VIDEO" || t === "CANVAS" || t === "SOURCE") return !1;
	}
	return Fa(t) && g(n) ? !1 : t in e;
}
function Ra(e, t) {
	let n = e._def.props;
	if (!n) return !1;
	let r = w(t);
	return Array.isArray(n) ? n.some((e) => w(e) === r) : Object.keys(n).some((e) => w(e) === r);
}
var za = (e) => {
	let t = e.props["onUpdate:modelValue"] || !1;
	return d(t) ? (e) => le(t, e) : t;
};
function Ba(e) {
	e.target.composing = !0;
}
function Va(e) {
	let t = e.target;
	t.composing && (t.composing = !1, t.dispatchEvent(new Event("input")));
}
var Ha = /* @__PURE__ */ Symbol("_assign"), Ua = /* @__PURE__ */ Symbol("_initialValue");
function Wa(e, t, n) {
	return t && (e = e.trim()), n && (e = de(e)), e;
}
var Ga = {
	created(e, { modifiers: { lazy: t, trim: n, number: r } }, i) {
		e.parentNode && (e.type === "text" ? e[Ua] = e.defaultValue.replace(/[\r\n]/g, "") : e.type === "textarea" && (e[Ua] = e.defaultValue.replace(/\r\n?/g, "\n"))), e[Ha] = za(i);
		let a = r || i.props && i.props.type === "number";
		wa(e, t ? "change" : "input", (t) => {
			t.target.composing || e[Ha](Wa(e.value, n, a));
		}), (n || a) && wa(e, "change", () => {
			e.value = Wa(e.value, n, a);
		}), t || (wa(e, "compositionstart", Ba), wa(e, "compositionend", Va), wa(e, "change", Va));
	},
	mounted(e, { value: t, modifiers: { trim: n, number: r } }) {
		let i = t ?? "", a = e[Ua];
		delete e[Ua], a !== void 0 && (e.type === "text" || e.type === "textarea") && e.value !== a ? e[Ha](Wa(e.value, n, r)) : e.value = i;
	},
	beforeUpdate(e, { value: t, oldValue: n, modifiers: { lazy: r, trim: i, number: a } }, o) {
		if (e[Ha] = za(o), e.composing) return;
		let s = (a || e.type === "number") && !/^0\d/.test(e.value) ? de(e.value) : e.value, c = t ?? "";
		if (s === c) return;
		let l = e.getRootNode();
		(l instanceof Document || l instanceof ShadowRoot) && l.activeElement === e && e.type !== "range" && (r && t === n || i && e.value.trim() === c) || (e.value = c);
	}
}, Ka = {
	deep: !0,
	created(e, t, n) {
		e[Ha] = za(n), wa(e, "change", () => {
			let t = e._modelValue, n = Za(e), r = e.checked, i = e[Ha];
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
			} else i(Qa(e, r));
		});
	},
	mounted: qa,
	beforeUpdate(e, t, n) {
		e[Ha] = za(n), qa(e, t, n);
	}
};
function qa(e, { value: t, oldValue: n }, r) {
	e._modelValue = t;
	let i;
	if (d(t)) i = Te(t, r.props.value) > -1;
	else if (p(t)) i = t.has(r.props.value);
	else {
		if (t === n) return;
		i = we(t, Qa(e, !0));
	}
	e.checked !== i && (e.checked = i);
}
var Ja = {
	deep: !0,
	created(e, { value: t, modifiers: { number: n } }, r) {
		e._modelValue = t, wa(e, "change", () => {
			let t = Array.prototype.filter.call(e.options, (e) => e.selected).map((e) => n ? de(Za(e)) : Za(e)), r = e.multiple, i = r ? p(e._modelValue) ? new Set(t) : t : t[0], a = e._pendingValue = [r, r ? d(i) ? t.slice() : t : i];
			try {
				e[Ha](i);
			} finally {
				bn(() => {
					e._pendingValue === a && (e._pendingValue = void 0);
				});
			}
		}), e[Ha] = za(r);
	},
	mounted(e, { value: t, modifiers: { number: n } }) {
		Xa(e, t, n);
	},
	beforeUpdate(e, { value: t }, n) {
		e._modelValue = t, e[Ha] = za(n);
	},
	updated(e, { value: t, modifiers: { number: n } }) {
		let r = e._pendingValue;
		e._pendingValue = void 0, r && r[0] === e.multiple && Ya(t, r[1], r[0]) || Xa(e, t, n);
	}
};
function Ya(e, t, n) {
	if (!n || d(e)) return we(e, t);
	if (p(e)) {
		if (e.size !== t.length) return !1;
		for (let n of t) if (!e.has(n)) return !1;
		return !0;
	}
	return !1;
}
function Xa(e, t, n = !1) {
	let r = e.multiple, i = d(t);
	if (!r || i || p(t)) {
		for (let a = 0, o = e.options.length; a < o; a++) {
			let o = e.options[a], s = Za(o);
			if (r) {
				if (i) {
					let e = typeof s;
					o.selected = e === "string" || e === "number" ? t.some((e) => String(e) === String(s)) : Te(t, s) > -1;
				} else o.selected = t.has(s) || n && typeof s == "string" && t.has(de(s));
			} else if (we(Za(o), t)) {
				e.selectedIndex !== a && (e.selectedIndex = a);
				return;
			}
		}
		!r && e.selectedIndex !== -1 && (e.selectedIndex = -1);
	}
}
function Za(e) {
	return "_value" in e ? e._value : e.value;
}
function Qa(e, t) {
	let n = t ? "_trueValue" : "_falseValue";
	return n in e ? e[n] : t;
}
var $a = [
	"ctrl",
	"shift",
	"alt",
	"meta"
], eo = {
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
	exact: (e, t) => $a.some((n) => e[`${n}Key`] && !t.includes(n))
}, to = (e, t) => {
	if (!e) return e;
	let n = e._withMods ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n, ...r) => {
		for (let e = 0; e < t.length; e++) {
			let r = eo[t[e]];
			if (r && r(n, t)) return;
		}
		return e(n, ...r);
	}));
}, no = {
	esc: "escape",
	space: " ",
	up: "arrow-up",
	left: "arrow-left",
	right: "arrow-right",
	down: "arrow-down",
	delete: "backspace"
}, ro = (e, t) => {
	let n = e._withKeys ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n) => {
		if (!("key" in n)) return;
		let r = ae(n.key);
		if (t.some((e) => e === r || no[e] === r)) return e(n);
	}));
}, io = /* @__PURE__ */ s({ patchProp: Ia }, sa), ao;
function oo() {
	return ao ||= Jr(io);
}
var so = ((...e) => {
	let t = oo().createApp(...e), { mount: n } = t;
	return t.mount = (e) => {
		let r = lo(e);
		if (!r) return;
		let i = t._component;
		h(i) || i.render || i.template || (i.template = r.innerHTML), r.nodeType === 1 && (r.textContent = "");
		let a = n(r, !1, co(r));
		return r instanceof Element && (r.removeAttribute("v-cloak"), r.setAttribute("data-v-app", "")), a;
	}, t;
});
function co(e) {
	if (e instanceof SVGElement) return "svg";
	if (typeof MathMLElement == "function" && e instanceof MathMLElement) return "mathml";
}
function lo(e) {
	return g(e) ? document.querySelector(e) : e;
}
// src/source/types.ts
var uo = class extends Error {}, fo = {
	state: "unknown",
	value: null,
	lo: null,
	hi: null
}, po = (e) => typeof e == "number" && Number.isFinite(e) ? e : null;
function mo(e, t) {
	if (!e || e.exact === null || e.exact === void 0) return fo;
	let n = po(e[t]);
	if (e.exact && n !== null) return {
		state: "exact",
		value: n,
		lo: n,
		hi: n
	};
	let r = po(e[`${t}_lo`]), i = po(e[`${t}_hi`]);
	return r === null && i === null ? fo : {
		state: "bound",
		value: null,
		lo: r,
		hi: i
	};
}
function ho(e) {
	if (!e.length) return fo;
	let t = 0, n = 0, r = !0;
	for (let i of e) {
		if (!i) return fo;
		let e = po(i.delta_logprob);
		if (e !== null) {
			t = t === null ? null : t + e, n = n === null ? null : n + e;
			continue;
		}
		let a = po(i.delta_logprob_lo), o = po(i.delta_logprob_hi);
		if (a === null && o === null) return fo;
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
function go(e) {
	return e.state === "exact" ? e.value : e.state === "bound" ? e.lo ?? e.hi : null;
}
function _o(e, t) {
	let n = Math.abs(e).toFixed(t);
	return Number(n) === 0 ? n : (e < 0 ? "−" : "+") + n;
}
function vo(e, t = 2, n = !1) {
	let r = (e) => n ? _o(e, t) : e.toFixed(t);
	if (e.state === "exact" && e.value !== null) return r(e.value);
	if (e.state === "bound") {
		if (e.lo !== null && e.hi !== null) return e.lo === e.hi ? r(e.lo) : `${r(e.lo)} \u2026 ${r(e.hi)}`;
		if (e.lo !== null) return `\u2265 ${r(e.lo)}`;
		if (e.hi !== null) return `\u2264 ${r(e.hi)}`;
	}
	return "unknown";
}
var yo = {
	about: "The colour scales every tracegen picture uses (viewer, figures, compare page). One file, read by the viewer at build time and by Python at run time, so a figure's colours are the page's. Colours are interpolated linearly in sRGB between evenly spaced stops; a value is first mapped to [0, 1] by its metric's domain (clamped). ColorBrewer palettes, colour-blind safe.",
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
	text_on_light: "#111111",
	dark_below_luminance: .45
}, bo = [
	"probability",
	"surprisal",
	"entropy"
];
function xo(e) {
	return [
		1,
		3,
		5
	].map((t) => parseInt(e.slice(t, t + 2), 16));
}
var So = {
	sequential: yo.sequential.stops.map(xo),
	diverging: yo.diverging.stops.map(xo)
};
function Co(e) {
	return yo.metrics[e];
}
var wo = (e) => e.toString(16).padStart(2, "0"), To = (e) => Math.floor(e + .5);
function Eo(e, t) {
	let { scale: n, domain: [r, i] } = Co(e), a = So[n], o = Math.min(1, Math.max(0, (t - r) / (i - r))) * (a.length - 1), s = Math.min(Math.floor(o), a.length - 2), c = o - s, [l, u] = [a[s], a[s + 1]];
	return "#" + l.map((e, t) => wo(To(e + (u[t] - e) * c))).join("");
}
function Do(e) {
	let t = xo(e).map((e) => {
		let t = e / 255;
		return t <= .03928 ? t / 12.92 : ((t + .055) / 1.055) ** 2.4;
	});
	return .2126 * t[0] + .7152 * t[1] + .0722 * t[2];
}
function Oo(e) {
	return Do(e) < yo.dark_below_luminance ? yo.text_on_dark : yo.text_on_light;
}
function ko(e, t = "to right") {
	return `linear-gradient(${t}, ${yo[Co(e).scale].stops.join(", ")})`;
}
function Ao(e, t, n) {
	if (e === "entropy") return n?.entropy == null ? NaN : n.entropy / Math.LN2;
	let r = t.logprob;
	return r == null ? NaN : e === "probability" ? Math.exp(r) : -r / Math.LN2;
}
function jo(e, t) {
	return Number.isNaN(t) ? "unknown" : e === "probability" ? No(t) : `${t.toFixed(2)} bits`;
}
function Mo(e) {
	let { domain: [t, n] } = Co(e), r = e === "entropy" ? 5 : e === "delta_logprob" ? 6 : 4;
	return Array.from({ length: r + 1 }, (i, a) => {
		let o = t + (n - t) * a / r, s = e === "probability" ? `${Math.round(o * 100)}%` : `${a === r ? "≥ " : a === 0 && t < 0 ? "≤ " : ""}${o < 0 ? "−" + -o : o > 0 && t < 0 ? "+" + o : o}`;
		return {
			at: a / r,
			label: s
		};
	});
}
function No(e) {
	return e >= 0 ? e >= .1 ? (e * 100).toFixed(1) + "%" : e >= .001 ? (e * 100).toFixed(2) + "%" : (e * 100).toExponential(1) + "%" : "–";
}
// src/model/tokens.ts
function Po(e) {
	let t = new Uint8Array(e.length >> 1);
	for (let n = 0; n < t.length; n++) t[n] = parseInt(e.substr(n * 2, 2), 16);
	return t;
}
function Fo(e) {
	return e < 128 ? 1 : e >= 240 && e < 248 ? 4 : e >= 224 ? e < 240 ? 3 : 1 : e >= 192 ? 2 : 1;
}
function Io(e) {
	let t = 0;
	for (; t < e.length;) t += Fo(e[t]);
	return t === e.length;
}
var Lo = new TextDecoder("utf-8"), Ro = (e) => typeof e == "number" && e < 0, zo = "text only: no single token id matched", Bo = class {
	text = /* @__PURE__ */ new Map();
	bytes = /* @__PURE__ */ new Map();
	special;
	constructor(e, t = []) {
		this.special = new Set(t), this.add(e);
	}
	add(e) {
		for (let [t, n] of Object.entries(e.tokens)) this.text.set(Number(t), n);
		for (let [t, n] of Object.entries(e.token_bytes ?? {})) this.bytes.set(Number(t), Po(n));
	}
	display(e) {
		return this.text.get(e) ?? `<${e}>`;
	}
	searchText(e) {
		return this.bytes.has(e) ? "" : this.display(e);
	}
	isSpecial(e) {
		return this.special.has(e);
	}
	segments(e) {
		let t = [], n = [], r = -1, i = (e) => {
			r < 0 || (t.push({
				start: r,
				end: e,
				text: Lo.decode(new Uint8Array(n))
			}), n = [], r = -1);
		};
		return e.forEach((e, a) => {
			let o = this.bytes.get(e);
			if (!o) i(a), t.push({
				start: a,
				end: a + 1,
				text: this.display(e)
			});
			else {
				r < 0 && (r = a);
				for (let e of o) n.push(e);
				Io(n) && i(a + 1);
			}
		}), i(e.length), t;
	}
	decode(e) {
		return this.segments(e).map((e) => e.text).join("");
	}
}, Vo = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]/g, Ho = {
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
function Uo(e) {
	return `\u27e8${Ho[e] ?? `U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`}\u27e9`;
}
function Wo(e) {
	return e.replace(Vo, Uo);
}
var Go = (e) => `\u2068${e}\u2069`;
function Ko(e) {
	return Wo(e).replace(/ /g, "·").replace(/\t/g, "→").replace(/\r/g, "␍").replace(/\n/g, "↵\n");
}
function qo(e) {
	return e === "" ? "∅" : Wo(e).replace(/ /g, "·").replace(/\t/g, "→").replace(/\r/g, "␍").replace(/\n/g, "↵");
}
// src/model/metrics.ts
function Jo(e) {
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
function Yo(e, t) {
	return e === null || !Number.isFinite(e) ? "–" : e.toFixed(t).replace(/^-/, "−");
}
// src/model/runIndex.ts
var Xo = class {
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
}, Zo = (e) => typeof e?.top_mass == "number", Qo = (e) => typeof e?.top_mass == "number" ? e.top_mass : ts(e?.top ?? null);
function $o(e, t) {
	if (typeof e.rank == "number") return `rank ${e.rank + 1}`;
	let n = t?.top;
	if (!n) return "rank unknown";
	let r = n.findIndex(([t]) => t === e.token);
	return r >= 0 ? `rank ${r + 1}` : `rank > ${n.length}`;
}
var es = (e) => e?.finish === "eos" || e?.finish === "stop";
function ts(e) {
	if (!e) return NaN;
	let t = 0;
	for (let [, n] of e) t += Math.exp(n);
	return t;
}
// src/state.ts
var ns = /* @__PURE__ */ Xt(null), rs = /* @__PURE__ */ Xt(null), is = /* @__PURE__ */ Xt(qt(new Bo({ tokens: {} }))), as = /* @__PURE__ */ Xt(/* @__PURE__ */ new Map()), os = /* @__PURE__ */ N(0), ss = /* @__PURE__ */ N(null), cs = /* @__PURE__ */ N(null), ls = /* @__PURE__ */ N(!1), K = /* @__PURE__ */ N(""), q = /* @__PURE__ */ N(0), J = /* @__PURE__ */ N(1), us = /* @__PURE__ */ N(-1), ds = /* @__PURE__ */ N(!1), fs = /* @__PURE__ */ N("text"), ps = /* @__PURE__ */ N("probability"), ms = /* @__PURE__ */ N(""), hs = /* @__PURE__ */ N(null), gs = G(() => ns.value?.mode === "live"), Y = G(() => (os.value, as.value.get(K.value) ?? null)), X = G(() => Y.value?.run ?? null), Z = G(() => {
	os.value;
	let e = Y.value;
	return e ? e.path(q.value) : [];
}), _s = G(() => {
	let e = Z.value;
	if (!e.length) return 0;
	let t = e[e.length - 1];
	return t.top && !es(t) ? e.length : e.length - 1;
}), vs = /* @__PURE__ */ N("score"), ys = G(() => {
	os.value;
	let e = Y.value;
	if (!e) return [];
	let t = e.run.results.map((t, n) => ({
		result: t,
		recorded: n,
		metrics: Jo(e.path(t.node).slice(1))
	})), n = vs.value;
	if (n === "score") return t;
	let r = (e) => {
		let t = e.metrics;
		return (n === "total" ? t.totalLogprob : t.meanSurprisalNats === null ? null : -t.meanSurprisalNats) ?? -Infinity;
	};
	return [...t].sort((e, t) => r(t) - r(e));
}), bs = G(() => {
	let e = /* @__PURE__ */ new Map();
	return ys.value.forEach((t, n) => {
		e.has(t.result.node) || e.set(t.result.node, n);
	}), e;
}), Q = G(() => Z.value[J.value]), $ = G(() => Z.value[J.value - 1]);
function xs(e) {
	let t = X.value;
	return !t || t.prompt_token_ids.some(Ro) ? !1 : !Z.value.slice(1, e).some((e) => Ro(e.token));
}
var Ss = "a text-only token (no token id) cannot be fed to the model";
function Cs(e) {
	return `node ${e.id} ended the sequence (${e.finish === "eos" ? "EOS" : "stop"}): branch from an earlier token`;
}
function ws(e, t) {
	ns.value = qt(e), rs.value = qt(t), is.value = qt(new Bo(t, t.model.special_token_ids ?? []));
	let n = /* @__PURE__ */ new Map();
	for (let e of t.runs) n.set(e.id, qt(new Xo(e)));
	as.value = n, t.runs.length && Ts(t.runs[0].id), os.value++;
}
function Ts(e) {
	let t = as.value.get(e);
	if (!t) return;
	K.value = e, hs.value = null;
	let n = t.run.results[0]?.node;
	q.value = n !== void 0 && t.has(n) ? n : t.extend(t.root.id), J.value = 1, us.value = -1;
}
function Es(e, t) {
	let n = Y.value;
	n && n.has(e) && (t !== void 0 && n.has(t) && n.isAncestorOrSelf(e, t) ? q.value = t : n.isAncestorOrSelf(e, q.value) || (q.value = n.extend(e)), J.value = Math.max(1, n.depth(e)), us.value = -1, hs.value = null);
}
function Ds(e) {
	let t = Y.value;
	t && t.has(e) && (t.isAncestorOrSelf(e, q.value) || (q.value = t.extend(e)), J.value = t.depth(e) + 1, us.value = -1, hs.value = null);
}
function Os(e) {
	let t = Y.value;
	t && t.has(e) && (q.value = e, J.value = t.depth(e) + 1, us.value = -1, hs.value = null);
}
function ks(e) {
	let t = Math.min(Math.max(1, J.value + e), Math.max(1, _s.value));
	t !== J.value && (J.value = t, us.value = -1, hs.value = null);
}
function As(e) {
	is.value.add(e);
	let t = rs.value;
	t && (Object.assign(t.tokens, e.tokens), e.token_bytes && (t.token_bytes = Object.assign(t.token_bytes ?? {}, e.token_bytes)));
}
async function js(e) {
	cs.value = null, ls.value = !0;
	try {
		return await e();
	} catch (e) {
		cs.value = e.message;
		return;
	} finally {
		ls.value = !1;
	}
}
function Ms(e, t) {
	t && e.setResults(t);
}
async function Ns(e) {
	let t = Y.value, n = $.value;
	if (!t || !n) return;
	if (es(n)) {
		hs.value = Cs(n);
		return;
	}
	let r = ns.value, i = r?.mode === "live", a = t.childByToken(n.id, e);
	if (a && !(i && a.top)) {
		Es(a.id);
		return;
	}
	let o = a;
	if (!o) {
		if (!r || !i) {
			hs.value = `the branch through ${JSON.stringify(is.value.display(e))} was not recorded: this trace holds only the paths its strategy explored (explore any token live with \`tracegen serve\`)`;
			return;
		}
		if (Ro(e) || !xs(J.value)) {
			cs.value = Ss;
			return;
		}
		let a = await js(() => r.expand(t.run.id, n.id, e));
		if (!a) return;
		Ps(t, [a.node], a), o = a.node;
	}
	Fs(o);
}
function Ps(e, t, n) {
	As(n);
	for (let n of t) e.addNode(n);
	Ms(e, n.results), os.value++;
}
function Fs(e) {
	e.top ? Os(e.id) : Es(e.id, e.id);
}
async function Is(e) {
	let t = Y.value, n = ns.value;
	if (!t || !n || n.mode !== "live") return;
	let r = Q.value ?? Z.value[Z.value.length - 1];
	if (!r) return;
	if (es(r)) {
		cs.value = Cs(r);
		return;
	}
	if (!xs(J.value + 1)) {
		cs.value = Ss;
		return;
	}
	let i = await js(() => n.continueRun(t.run.id, r.id, e));
	if (!i) return;
	Ps(t, i.nodes, i);
	let a = i.nodes[i.nodes.length - 1];
	a && Es(a.id, a.id);
}
async function Ls(e, t) {
	let n = ns.value, r = rs.value;
	if (!n || !r || n.mode !== "live") return;
	let i = await js(() => n.newRun(e, t));
	i && Rs(r, i);
}
function Rs(e, t) {
	if (As(t), t.results && (t.run.results = t.results), !as.value.has(t.run.id)) {
		e.runs.push(t.run);
		let n = new Map(as.value);
		n.set(t.run.id, qt(new Xo(t.run))), as.value = n, os.value++;
	}
	Ts(t.run.id);
}
function zs(e) {
	let t = rs.value;
	if (!t) return;
	if (e.op === "runs") {
		Rs(t, e.reply);
		return;
	}
	let n = as.value.get(e.run);
	if (!n) return;
	let r = e.op === "expand" ? [e.reply.node] : e.reply.nodes;
	Ps(n, r, e.reply), K.value !== e.run && Ts(e.run);
	let i = r[r.length - 1];
	i && (e.op === "expand" ? Fs(i) : Es(i.id, i.id));
}
var Bs = /* @__PURE__ */ Xt(null), Vs = G(() => Bs.value !== null), Hs = /* @__PURE__ */ N("delta_logprob"), Us = /* @__PURE__ */ N(-1);
function Ws(e) {
	let t = Bs.value;
	return t && e ? t.get(K.value, e.id) : void 0;
}
function Gs(e, t, n) {
	return e === "delta_logprob" ? ho(t.map(Ws)) : mo(Ws(n), Bs.value?.comparison.divergence ?? "kl_ab");
}
var Ks = G(() => Vs.value ? Hs.value : ps.value);
function qs(e, t) {
	if (!Vs.value) {
		let n = Ao(ps.value, e, t);
		return {
			value: n,
			bound: !1,
			text: jo(ps.value, n)
		};
	}
	let n = Hs.value, r = Gs(n, [e], t);
	return {
		value: go(r) ?? NaN,
		bound: r.state === "bound",
		text: r.state === "unknown" ? "unknown" : `${vo(r, 2, n === "delta_logprob")} nats`
	};
}
function Js(e) {
	let t = Bs.value?.comparison.order;
	if (!t?.length) return;
	let n = Us.value < 0 ? e > 0 ? 0 : t.length - 1 : (Us.value + e + t.length) % t.length;
	Us.value = n;
	let [r, i] = t[n];
	K.value !== r && Ts(r), Y.value?.has(i) && Ds(i);
}
// src/compareView.ts
var Ys = Symbol("tracegen-compare-view");
// src/composables/useKeyboard.ts
function Xs() {
	let e = $.value?.top;
	if (!e || !e.length) return -1;
	if (us.value >= 0) return Math.min(us.value, e.length - 1);
	let t = Q.value?.token;
	return e.findIndex(([e]) => e === t);
}
function Zs(e) {
	let t = $.value?.top;
	if (!t || !t.length) return;
	let n = Xs(), r = n < 0 ? e > 0 ? -1 : t.length : n;
	us.value = Math.min(Math.max(0, r + e), t.length - 1);
}
function Qs() {
	let e = $.value?.top, t = Xs();
	e && t >= 0 && Ns(e[t][0]);
}
function $s(e) {
	let t = e.target;
	return t && (t.isContentEditable || [
		"INPUT",
		"TEXTAREA",
		"SELECT"
	].includes(t.tagName)) ? !1 : !(e.altKey || e.ctrlKey || e.metaKey);
}
function ec(e) {
	let t = e.target;
	if (!$s(e) || e.key === "Enter" && t && ["BUTTON", "A"].includes(t.tagName)) return !1;
	switch (e.key) {
		case "ArrowLeft":
			ks(-1);
			break;
		case "ArrowRight":
			ks(1);
			break;
		case "ArrowUp":
			Zs(-1);
			break;
		case "ArrowDown":
			Zs(1);
			break;
		case "Home":
			ks(-1e9);
			break;
		case "End":
			ks(1e9);
			break;
		case "Enter":
			Qs();
			break;
		default: return !1;
	}
	return e.preventDefault(), !0;
}
function tc(e = window) {
	let t = (e) => {
		ec(e);
	};
	ir(() => e.addEventListener("keydown", t)), ar(() => e.removeEventListener("keydown", t));
}
// src/composables/useDivergenceKeys.ts
function nc(e) {
	if (!$s(e)) return !1;
	if (e.key === "n") Js(1);
	else if (e.key === "N" || e.key === "p") Js(-1);
	else return !1;
	return e.preventDefault(), !0;
}
function rc(e = window) {
	let t = (e) => {
		nc(e);
	};
	ir(() => e.addEventListener("keydown", t)), ar(() => e.removeEventListener("keydown", t));
}
// src/composables/useHashRoute.ts
function ic(e) {
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
function ac(e) {
	let t = new URLSearchParams({
		run: e.run,
		node: String(e.node)
	});
	return e.leaf !== void 0 && t.set("leaf", String(e.leaf)), e.next && t.set("next", "1"), "#" + t.toString();
}
function oc(e) {
	return Ts(e.run), K.value !== e.run || !Y.value?.has(e.node) ? !1 : (e.next ? Os(e.node) : Es(e.node, e.leaf), !0);
}
function sc() {
	let e = Z.value, t = Y.value;
	if (!t || !e.length) return null;
	let n = e[J.value];
	if (!n) return {
		run: K.value,
		node: q.value,
		next: !0
	};
	let r = {
		run: K.value,
		node: n.id
	};
	return t.extend(n.id) !== q.value && (r.leaf = q.value), r;
}
function cc(e, t) {
	try {
		return e.history.replaceState(e.history.state, "", t), !0;
	} catch {
		return !1;
	}
}
function lc(e = window) {
	let t = !0, n = () => {
		let t = ic(e.location.hash);
		t && oc(t);
	};
	n(), e.addEventListener("hashchange", n), I([
		K,
		q,
		J,
		Z
	], () => {
		let n = sc();
		if (!n) return;
		let r = ac(n);
		t && e.location.hash !== r && (t = cc(e, r));
	}, { immediate: !0 });
}
// src/embedding.ts
var uc = Symbol("tracegen-embedded"), dc = {
	class: "tg-distribution",
	"data-testid": "distribution"
}, fc = { class: "tg-distribution__head" }, pc = {
	key: 0,
	class: "tg-distribution__chosen"
}, mc = { "data-testid": "chosen-verb" }, hc = ["title"], gc = {
	class: "tg-num",
	"data-testid": "chosen-prob"
}, _c = {
	class: "tg-distribution__faint",
	"data-testid": "chosen-rank"
}, vc = {
	key: 0,
	class: "tg-distribution__note",
	"data-testid": "sampler-note"
}, yc = {
	key: 1,
	class: "tg-distribution__empty",
	"data-testid": "ended"
}, bc = {
	key: 2,
	class: "tg-distribution__empty",
	"data-testid": "not-evaluated"
}, xc = { class: "tg-distribution__stats" }, Sc = {
	class: "tg-num",
	"data-testid": "entropy"
}, Cc = {
	key: 0,
	class: "tg-distribution__faint"
}, wc = {
	key: 1,
	class: "tg-distribution__faint"
}, Tc = {
	class: "tg-num",
	"data-testid": "mass"
}, Ec = {
	key: 0,
	title: "exp(entropy): as uncertain as a uniform choice among this many tokens"
}, Dc = {
	class: "tg-num",
	"data-testid": "effective"
}, Oc = [
	"aria-selected",
	"data-token",
	"data-rank",
	"title",
	"onClick"
], kc = { class: "tg-num tg-distribution__rank" }, Ac = ["title"], jc = { class: "tg-distribution__bar" }, Mc = {
	class: "tg-num",
	"data-testid": "prob"
}, Nc = {
	class: "tg-num r tg-distribution__lp",
	"data-testid": "logprob"
}, Pc = { class: "tg-distribution__mark" }, Fc = {
	key: 0,
	class: "tg-distribution__more",
	"data-testid": "more"
}, Ic = {
	key: 1,
	class: "tg-distribution__outside",
	"data-testid": "chosen-below"
}, Lc = { class: "tg-mono" }, Rc = {
	key: 2,
	class: "tg-distribution__row tg-distribution__rest",
	"data-testid": "rest",
	title: "the probability of all tokens outside the top-k: not recorded"
}, zc = { class: "tg-distribution__bar" }, Bc = { class: "tg-num" }, Vc = {
	key: 3,
	class: "tg-distribution__outside"
}, Hc = { class: "tg-mono" }, Uc = {
	key: 4,
	class: "tg-distribution__notice",
	role: "status",
	"data-testid": "notice"
}, Wc = {
	key: 5,
	class: "tg-distribution__foot"
}, Gc = 100, Kc = /*@__PURE__*/ Jn({
	__name: "TgDistribution",
	setup(e) {
		let t = /* @__PURE__ */ N(Gc);
		I($, () => {
			t.value = Gc;
		});
		let n = G(() => es($.value)), r = G(() => n.value ? 0 : $.value?.top?.length ?? 0), i = G(() => {
			let e = $.value, r = Y.value;
			if (!e || !e.top || !r || n.value) return [];
			let i = Q.value?.token, a = is.value, o = Math.exp(e.top[0]?.[1] ?? 0), s = gs.value && xs(J.value);
			return e.top.slice(0, t.value).map(([t, n], c) => {
				let l = r.childByToken(e.id, t), u = Math.exp(n), d = Ro(t);
				return {
					token: t,
					rank: c,
					lp: n,
					p: u,
					width: o > 0 ? u / o * 100 : 0,
					label: qo(a.display(t)),
					special: a.isSpecial(t),
					unmapped: d,
					action: l !== void 0 || s && !d,
					chosen: t === i,
					child: l?.id,
					pruned: l ? r.isPruned(l.id) : !1,
					size: l ? r.subtreeSize(l.id) + 1 : 0
				};
			});
		}), a = G(() => (us.value, Xs()));
		I(us, (e) => {
			e >= t.value && (t.value = Math.ceil((e + 1) / Gc) * Gc);
		});
		let o = G(() => {
			let e = Q.value, t = $.value?.top;
			return !e || !t ? -1 : t.findIndex(([t]) => t === e.token);
		}), s = G(() => {
			let e = Q.value;
			return !e || !$.value?.top || o.value >= 0 ? null : {
				label: qo(is.value.display(e.token)),
				p: Math.exp(e.logprob ?? NaN)
			};
		}), c = G(() => o.value >= t.value), l = G(() => X.value?.strategy.name ?? ""), u = G(() => l.value === "forced" ? "given" : l.value === "sample" ? "sampled" : "chose"), d = G(() => {
			let e = X.value?.strategy;
			return !e || e.name !== "sample" ? null : [
				"temperature",
				"top_p",
				"seed"
			].filter((t) => e[t] !== void 0 && e[t] !== null).map((t) => `${t.replace("_", "-")} ${e[t]}`).join(", ");
		}), f = G(() => {
			let e = J.value;
			return Q.value ? `Token ${e} of ${Z.value.length - 1}` : "Next token after the path";
		}), p = G(() => Qo($.value)), m = G(() => $.value?.entropy ?? null), h = G(() => Zo($.value) && m.value === null), g = G(() => {
			let e = $.value?.top, t = Math.max(0, 1 - p.value);
			return {
				p: t,
				width: e?.length ? Math.min(100, t / Math.exp(e[0][1]) * 100) : 0
			};
		}), _ = G(() => $.value?.top?.length ?? X.value?.top_k ?? 0), v = G(() => Q.value ? $o(Q.value, $.value) : "");
		function y(e, t) {
			us.value = e, Ns(t);
		}
		let b = /* @__PURE__ */ N(null);
		return I(a, async (e) => {
			await bn(), (b.value?.children[e])?.scrollIntoView?.({ block: "nearest" });
		}), (e, o) => (B(), V("section", dc, [
			H("header", fc, [H("h2", null, D(f.value), 1), P(Q) ? (B(), V("div", pc, [
				H("span", mc, D(u.value), 1),
				o[1] ||= U(),
				H("span", {
					class: E(["tg-distribution__tok tg-mono", { "tg-unmapped": P(Ro)(P(Q).token) }]),
					title: P(Ro)(P(Q).token) ? P(zo) : void 0
				}, D(P(qo)(P(is).display(P(Q).token))), 11, hc),
				H("span", gc, D(P(No)(Math.exp(P(Q).logprob ?? NaN))), 1),
				H("span", _c, D(v.value), 1)
			])) : W("", !0)]),
			d.value ? (B(), V("p", vc, " The model's own distribution (temperature 1). Tokens were drawn after the sampler reshaped it: " + D(d.value) + ". ", 1)) : W("", !0),
			n.value && P($) ? (B(), V("div", yc, " The sequence ended here (" + D(P($).finish === "eos" ? "end-of-sequence token" : "stopped") + "): no token follows it. To explore another continuation, select an earlier token and pick another candidate. ", 1)) : P($)?.top ? (B(), V(z, { key: 3 }, [
				H("dl", xc, [
					H("div", null, [o[2] ||= H("dt", null, "entropy", -1), H("dd", Sc, [
						U(D(m.value === null ? "unknown" : `${m.value.toFixed(3)} nats`), 1),
						m.value === null ? W("", !0) : (B(), V("span", Cc, " = " + D((m.value / Math.LN2).toFixed(3)) + " bits", 1)),
						h.value ? (B(), V("span", wc, " (only the top-k was returned)")) : W("", !0)
					])]),
					H("div", null, [H("dt", null, "top-" + D(_.value) + " covers", 1), H("dd", Tc, D((p.value * 100).toFixed(1)) + "%", 1)]),
					m.value === null ? W("", !0) : (B(), V("div", Ec, [o[3] ||= H("dt", null, "effective choices", -1), H("dd", Dc, D(Math.exp(m.value).toFixed(2)), 1)]))
				]),
				o[7] ||= H("div", { class: "tg-distribution__cols" }, [
					H("span", { title: "rank 1 = most likely" }, "rank"),
					H("span", null, "token"),
					H("span", null, "probability"),
					H("span", { class: "r" }, "logprob"),
					H("span")
				], -1),
				H("ol", {
					ref_key: "list",
					ref: b,
					class: "tg-distribution__rows",
					role: "listbox",
					"aria-label": "top-k candidates"
				}, [(B(!0), V(z, null, L(i.value, (e, t) => (B(), V("li", {
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
					H("span", kc, D(e.rank + 1), 1),
					H("span", {
						class: E(["tg-mono tg-distribution__tok", {
							"tg-distribution__tok--special": e.special,
							"tg-unmapped": e.unmapped
						}]),
						title: e.unmapped ? P(zo) : void 0
					}, D(e.label), 11, Ac),
					H("span", jc, [H("span", { style: T({ width: `${e.width}%` }) }, null, 4), H("em", Mc, D(P(No)(e.p)), 1)]),
					H("span", Nc, D(e.lp.toFixed(3)), 1),
					H("span", Pc, D(e.child === void 0 ? "" : "↳"), 1)
				], 10, Oc))), 128))], 512),
				r.value > i.value.length ? (B(), V("div", Fc, [H("span", null, D(i.value.length) + " of " + D(r.value.toLocaleString("en")) + " candidates shown", 1), H("button", {
					"data-testid": "show-more",
					onClick: o[0] ||= (e) => t.value += 400
				}, "show " + D(Math.min(400, r.value - i.value.length)) + " more", 1)])) : W("", !0),
				c.value && P(Q) ? (B(), V("div", Ic, [
					U(D(u.value) + " token ", 1),
					H("span", Lc, D(P(qo)(P(is).display(P(Q).token))), 1),
					U(" is further down: " + D(v.value) + ", " + D(P(No)(Math.exp(P(Q).logprob ?? NaN))), 1)
				])) : W("", !0),
				h.value ? (B(), V("div", Rc, [
					o[4] ||= H("span", { class: "tg-distribution__rank" }, "…", -1),
					o[5] ||= H("span", null, "other tokens:", -1),
					H("span", zc, [H("span", { style: T({ width: `${g.value.width}%` }) }, null, 4), H("em", Bc, D((g.value.p * 100).toFixed(1)) + "%", 1)]),
					o[6] ||= H("span", { class: "tg-distribution__rest-note" }, "not recorded", -1)
				])) : W("", !0),
				s.value ? (B(), V("div", Vc, [
					U(D(u.value) + " token ", 1),
					H("span", Hc, D(s.value.label), 1),
					U(" is outside the top-" + D(_.value) + ": " + D(v.value) + ", " + D(P(No)(s.value.p)), 1)
				])) : W("", !0)
			], 64)) : (B(), V("div", bc, " Not evaluated: this context was never run through the model" + D(P($)?.finish ? ` (sequence ended: ${P($).finish})` : "") + ". ", 1)),
			P(hs) ? (B(), V("div", Uc, D(P(hs)), 1)) : W("", !0),
			P($)?.top && !n.value ? (B(), V("p", Wc, [o[8] ||= U(" Ranks count from 1 (rank 1 = most likely). ", -1), P(gs) ? (B(), V(z, { key: 0 }, [U("Click a candidate to continue the path with it" + D(P(ls) ? " …" : "") + "." + D(i.value.some((e) => e.unmapped) || !P(xs)(P(J)) ? " Text-only tokens (wavy underline) cannot be fed to the model." : ""), 1)], 64)) : (B(), V(z, { key: 1 }, [U("↳ = a recorded branch; click or press Enter to follow it.")], 64))])) : W("", !0)
		]));
	}
}), qc = (e, t) => {
	let n = e.__vccOpts || e;
	for (let [e, r] of t) n[e] = r;
	return n;
}, Jc = /*#__PURE__*/ qc(Kc, [["__scopeId", "data-v-930444bb"]]);
// src/model/figureCommand.ts
function Yc(e) {
	return /^[A-Za-z0-9_./:=@%+,-]+$/.test(e) ? e : `'${e.replace(/'/g, "'\\''")}'`;
}
function Xc(e, t) {
	let n = [
		"tracegen",
		"figure",
		Yc(e),
		"--run",
		Yc(t.run)
	];
	return t.result === void 0 ? t.node !== void 0 && n.push("--node", String(t.node)) : n.push("--result", String(t.result)), n.push("--kind", t.kind, "--format", t.format), t.colour && n.push("--colour", t.colour), n.join(" ");
}
// src/components/TgFigure.vue?vue&type=script&setup=true&lang.ts
var Zc = { class: "tg-figure tg-noprint" }, Qc = ["aria-expanded"], $c = {
	key: 0,
	class: "tg-figure__pop",
	"data-testid": "figure-panel",
	role: "dialog",
	"aria-label": "figure"
}, el = { class: "tg-figure__row" }, tl = { class: "tg-figure__hint" }, nl = { class: "tg-figure__cmd" }, rl = { "data-testid": "figure-command" }, il = {
	key: 0,
	class: "tg-figure__hint",
	"data-testid": "figure-next-note"
}, al = ["href"], ol = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgFigure",
	setup(e) {
		let t = /* @__PURE__ */ N(!1), n = /* @__PURE__ */ N("text"), r = /* @__PURE__ */ N("pdf"), i = /* @__PURE__ */ N(!1);
		I([fs, t], () => {
			t.value && (n.value = fs.value === "text" ? "text" : "tree");
		}, { immediate: !0 });
		let a = G(() => {
			let e = Y.value;
			if (!e) return null;
			let t = ps.value !== "probability" && (n.value === "text" || n.value === "tree") ? ps.value : void 0, i = {
				run: K.value,
				kind: n.value,
				format: r.value,
				colour: t
			};
			if (n.value === "distribution") return {
				...i,
				node: Q.value?.id ?? q.value
			};
			let a = e.resultRank(q.value);
			return a === void 0 ? {
				...i,
				node: q.value
			} : {
				...i,
				node: q.value,
				result: a + 1
			};
		}), o = G(() => n.value === "distribution" && !Q.value && q.value !== Y.value?.root.id), s = G(() => ns.value?.fileName ?? "TRACE.json"), c = G(() => a.value ? Xc(s.value, a.value) : ""), l = G(() => a.value ? ns.value?.figureLink(a.value) ?? null : null);
		async function u() {
			try {
				await navigator.clipboard.writeText(c.value);
			} catch {
				let e = document.createElement("textarea");
				e.value = c.value, document.body.appendChild(e), e.select(), document.execCommand("copy"), e.remove();
			}
			i.value = !0, setTimeout(() => i.value = !1, 1200);
		}
		return (e, a) => (B(), V("div", Zc, [H("button", {
			"data-testid": "figure",
			"aria-expanded": t.value,
			title: "A figure of this view for a paper",
			onClick: a[0] ||= (e) => t.value = !t.value
		}, "Figure", 8, Qc), t.value ? (B(), V("div", $c, [
			H("div", el, [
				H("label", null, [a[5] ||= U("kind ", -1), Fn(H("select", {
					"onUpdate:modelValue": a[1] ||= (e) => n.value = e,
					"data-testid": "figure-kind"
				}, [...a[4] ||= [
					H("option", { value: "text" }, "text", -1),
					H("option", { value: "tree" }, "tree", -1),
					H("option", { value: "distribution" }, "distribution", -1),
					H("option", { value: "strip" }, "strip", -1)
				]], 512), [[Ja, n.value]])]),
				H("label", null, [a[7] ||= U("format ", -1), Fn(H("select", {
					"onUpdate:modelValue": a[2] ||= (e) => r.value = e,
					"data-testid": "figure-format"
				}, [...a[6] ||= [
					H("option", { value: "pdf" }, "pdf", -1),
					H("option", { value: "svg" }, "svg", -1),
					H("option", { value: "png" }, "png", -1),
					H("option", { value: "tex" }, "tex", -1)
				]], 512), [[Ja, r.value]])]),
				H("button", {
					class: "tg-figure__close",
					"aria-label": "close",
					onClick: a[3] ||= (e) => t.value = !1
				}, "×")
			]),
			H("p", tl, [
				U(D(P(ns)?.mode === "live" ? "Download it, or run" : "This page cannot run Python; run") + " this where ", 1),
				H("code", null, D(s.value), 1),
				U(" is" + D(P(ns)?.mode === "live" ? " (the trace.json download)" : "") + ": ", 1)
			]),
			H("div", nl, [H("code", rl, D(c.value), 1), H("button", {
				"data-testid": "figure-copy",
				onClick: u
			}, D(i.value ? "Copied" : "Copy"), 1)]),
			o.value ? (B(), V("p", il, " This draws the distribution the last token was chosen from; the one after the path is not a figure kind yet. ")) : W("", !0),
			l.value ? (B(), V("a", {
				key: 1,
				class: "tg-figure__download",
				"data-testid": "figure-download",
				href: l.value,
				download: ""
			}, "Download the " + D(r.value.toUpperCase()), 9, al)) : W("", !0)
		])) : W("", !0)]));
	}
}), [["__scopeId", "data-v-b182ebc5"]]), sl = (e) => e.toLowerCase();
function cl(e, t, n, r = 100) {
	let i = sl(n), a = [], o = 0;
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
		}], l = e.map((e) => e.text).join(""), u = l.length - e[e.length - 1].text.length, d = sl(l);
		for (let t = d.indexOf(i); t >= 0; t = d.indexOf(i, t + 1)) t + i.length <= u || (o++, a.length < r && a.push(ll(e, t, i.length, l)));
		c.set(n.id, ul(e, s));
	}
	return {
		hits: a,
		total: o
	};
}
function ll(e, t, n, r) {
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
function ul(e, t) {
	let n = 0, r = e.length;
	for (; r > 0 && n < Math.max(t, 24);) n += e[--r].text.length;
	return e.slice(r);
}
function dl(e, t, n) {
	let r = /* @__PURE__ */ new Set(), i = sl(n);
	if (!i) return r;
	let a = [], o = "";
	for (let n of e) a.push(o.length), o += t.searchText(n.token);
	let s = sl(o), c = 0;
	for (let n = s.indexOf(i); n >= 0; n = s.indexOf(i, n + 1)) {
		let o = n + i.length;
		for (; c + 1 < a.length && a[c + 1] <= n;) c++;
		for (let i = c; i < a.length && a[i] < o; i++) a[i] + t.searchText(e[i].token).length > n && r.add(i);
	}
	return r;
}
// src/components/TgSearch.vue?vue&type=script&setup=true&lang.ts
var fl = { class: "tg-search tg-noprint" }, pl = ["onKeydown"], ml = {
	key: 0,
	class: "tg-search__pop",
	"data-testid": "search-results"
}, hl = { class: "tg-search__count" }, gl = [
	"data-node",
	"data-nodes",
	"onMousedown"
], _l = { class: "tg-search__ctx tg-mono" }, vl = { class: "tg-search__tok tg-mono" }, yl = { class: "tg-search__depth tg-num" }, bl = 100, xl = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgSearch",
	setup(e) {
		let t = /* @__PURE__ */ N(!1), n = G(() => {
			os.value;
			let e = Y.value;
			return !ms.value || !e ? {
				hits: [],
				total: 0
			} : cl(e, is.value, ms.value, bl);
		});
		function r(e) {
			let n = Y.value;
			n && (Es(e.nodes[0], n.extend(e.nodes[e.nodes.length - 1])), t.value = !1);
		}
		function i() {
			let e = n.value.hits[0];
			e && r(e);
		}
		return (e, a) => (B(), V("div", fl, [Fn(H("input", {
			"onUpdate:modelValue": a[0] ||= (e) => /* @__PURE__ */ M(ms) ? ms.value = e : null,
			type: "search",
			placeholder: "Search text in this run",
			"data-testid": "search",
			onFocus: a[1] ||= (e) => t.value = !0,
			onInput: a[2] ||= (e) => t.value = !0,
			onKeydown: [ro(to(i, ["prevent"]), ["enter"]), a[3] ||= ro((e) => t.value = !1, ["escape"])]
		}, null, 40, pl), [[Ga, P(ms)]]), t.value && P(ms) ? (B(), V("div", ml, [H("div", hl, D(n.value.total) + " match" + D(n.value.total === 1 ? "" : "es") + D(n.value.total > bl ? ` (first ${bl})` : "") + " · matches are highlighted in the text", 1), (B(!0), V(z, null, L(n.value.hits, (e) => (B(), V("button", {
			key: e.nodes.join(),
			class: "tg-search__hit",
			"data-node": e.nodes[0],
			"data-nodes": e.nodes.join(" "),
			onMousedown: to((t) => r(e), ["prevent"])
		}, [
			H("span", _l, "…" + D(P(qo)(e.before)), 1),
			H("span", vl, D(P(qo)(e.match)), 1),
			H("span", yl, D(e.nodes.length) + " token" + D(e.nodes.length === 1 ? "" : "s") + " · step " + D(P(Y)?.depth(e.nodes[0]) ?? 0), 1)
		], 40, gl))), 128))])) : W("", !0)]));
	}
}), [["__scopeId", "data-v-95d430b7"]]), Sl = { class: "tg-header" }, Cl = { class: "tg-header__run" }, wl = ["value"], Tl = ["value"], El = { class: "tg-header__tools tg-noprint" }, Dl = {
	class: "tg-header__toggle",
	title: "Show spaces, newlines, special tokens and invisible or bidi control characters"
}, Ol = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgHeader",
	setup(e) {
		let t = G(() => (os.value, (rs.value?.runs ?? []).map((e) => ({
			run: e,
			size: as.value.get(e.id)?.size ?? e.nodes.length
		})))), n = /* @__PURE__ */ N(!1);
		function r(e, t = 48) {
			let n = e.replace(/\s+/g, " ").trim();
			return n.length > t ? n.slice(0, t - 1) + "…" : n;
		}
		function i() {
			let e = X.value;
			if (!e) return "";
			let t = Z.value.slice(1).map((e) => e.token);
			return (e.prompt_token_ids.length ? is.value.decode(e.prompt_token_ids) : e.prompt) + is.value.decode(t);
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
			Ts(e.target.value);
		}
		return (e, i) => (B(), V("header", Sl, [
			i[3] ||= H("div", { class: "tg-header__brand" }, [H("span", { class: "tg-header__logo" }, "◆"), U(" tracegen")], -1),
			H("label", Cl, [i[1] ||= H("span", null, "Run", -1), H("select", {
				"data-testid": "run-select",
				value: P(K),
				onChange: o
			}, [(B(!0), V(z, null, L(t.value, ({ run: e, size: t }) => (B(), V("option", {
				key: e.id,
				value: e.id
			}, D(P(Go)(e.id)) + " · " + D(e.strategy.name) + " · " + D(t) + " nodes — " + D(P(Go)(r(e.prompt))), 9, Tl))), 128))], 40, wl)]),
			xi(xl),
			H("div", El, [
				H("label", Dl, [Fn(H("input", {
					"onUpdate:modelValue": i[0] ||= (e) => /* @__PURE__ */ M(ds) ? ds.value = e : null,
					type: "checkbox",
					"data-testid": "toggle-invisible"
				}, null, 512), [[Ka, P(ds)]]), i[2] ||= U(" whitespace & special ", -1)]),
				H("button", {
					"data-testid": "copy",
					title: "Copy the prompt and the selected path's text",
					onClick: a
				}, D(n.value ? "Copied" : "Copy text"), 1),
				xi(ol)
			])
		]));
	}
}), [["__scopeId", "data-v-731d5c21"]]), kl = {
	class: "tg-legend",
	"data-testid": "legend"
}, Al = { class: "tg-legend__scale" }, jl = {
	class: "tg-legend__switch tg-noprint",
	role: "radiogroup",
	"aria-label": "colour tokens by"
}, Ml = [
	"aria-checked",
	"data-testid",
	"onClick"
], Nl = { class: "tg-legend__bar-wrap" }, Pl = { class: "tg-legend__ticks" }, Fl = { class: "tg-legend__unit" }, Il = { class: "tg-legend__items" }, Ll = {
	class: "tg-legend__title",
	"data-testid": "colour-explained"
}, Rl = {
	key: 0,
	class: "tg-legend__item",
	"data-testid": "legend-unmapped"
}, zl = {
	key: 1,
	class: "tg-legend__item",
	"data-testid": "legend-unknown-entropy"
}, Bl = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgLegend",
	setup(e) {
		let t = {
			probability: "the probability the model gave each token (darker = more likely)",
			surprisal: "surprisal, −log₂ p, in bits (darker = more surprising)",
			entropy: "the entropy in bits of the distribution each token was chosen from (darker = less certain)"
		}, n = G(() => ko(ps.value)), r = G(() => Mo(ps.value)), i = G(() => Z.value.slice(0, -1).some((e) => e.entropy === null)), a = G(() => (os.value, Object.keys(rs.value?.tokens ?? {}).some((e) => e.startsWith("-"))));
		return (e, o) => (B(), V("div", kl, [H("div", Al, [
			H("span", jl, [o[0] ||= H("span", null, "Colour by", -1), (B(!0), V(z, null, L(P(bo), (e) => (B(), V("button", {
				key: e,
				role: "radio",
				"aria-checked": P(ps) === e,
				class: E({ on: P(ps) === e }),
				"data-testid": `colour-${e}`,
				onClick: (t) => ps.value = e
			}, D(e), 11, Ml))), 128))]),
			H("span", Nl, [H("span", {
				class: "tg-legend__bar",
				"data-testid": "colour-bar",
				style: T({ background: n.value })
			}, null, 4), H("span", Pl, [(B(!0), V(z, null, L(r.value, (e) => (B(), V("span", {
				key: e.at,
				style: T({ left: `${e.at * 100}%` })
			}, D(e.label), 5))), 128))])]),
			H("span", Fl, D(P(Co)(P(ps)).unit || ""), 1)
		]), H("div", Il, [
			H("span", Ll, "Token colour: " + D(t[P(ps)]) + ".", 1),
			o[3] ||= Ti("<span class=\"tg-legend__item\" data-v-94afe785><span class=\"tg-legend__dotted\" data-v-94afe785>ab</span> has branches</span><span class=\"tg-legend__item\" data-v-94afe785><span class=\"tg-legend__prompt\" data-v-94afe785>ab</span> prompt</span><span class=\"tg-legend__item\" data-testid=\"legend-strip\" data-v-94afe785>Strip: <b data-v-94afe785>p</b> chosen token&#39;s probability (height), <b data-v-94afe785>H</b> entropy of the distribution it came from (depth, 0–5 bits)</span>", 3),
			a.value ? (B(), V("span", Rl, [...o[1] ||= [H("span", { class: "tg-unmapped tg-mono" }, "ab", -1), U(" text only (no token id)", -1)]])) : W("", !0),
			i.value ? (B(), V("span", zl, [...o[2] ||= [H("span", { class: "tg-legend__swatch tg-legend__hatch" }, null, -1), U(" H: entropy unknown (only the top-k, or not recorded)", -1)]])) : W("", !0)
		])]));
	}
}), [["__scopeId", "data-v-94afe785"]]), Vl = {
	class: "tg-live tg-noprint",
	"data-testid": "live"
}, Hl = { class: "tg-live__col" }, Ul = ["disabled"], Wl = ["disabled", "title"], Gl = {
	key: 1,
	class: "tg-live__links"
}, Kl = ["href"], ql = ["href"], Jl = {
	key: 0,
	class: "tg-live__busy",
	"data-testid": "live-ended"
}, Yl = {
	key: 1,
	class: "tg-live__error",
	role: "alert"
}, Xl = {
	key: 2,
	class: "tg-live__busy"
}, Zl = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgLive",
	setup(e) {
		let t = /* @__PURE__ */ N(""), n = /* @__PURE__ */ N(!1), r = /* @__PURE__ */ N(16), i = /* @__PURE__ */ N("greedy"), a = /* @__PURE__ */ N(1), o = /* @__PURE__ */ N(1), s = /* @__PURE__ */ N(""), c = G(() => ns.value?.downloads() ?? null), l = G(() => xs(J.value + 1)), u = G(() => Q.value ?? Z.value[Z.value.length - 1]), d = G(() => es(u.value)), f = G(() => d.value ? "this token ended the sequence: select an earlier token to branch from there" : l.value ? "generate after the selected token (a new branch if it differs from what follows)" : "this path holds a text-only token: it cannot be fed to the model");
		function p() {
			t.value.trim() && Ls(t.value, n.value);
		}
		function m() {
			let e = s.value.trim();
			Is({
				steps: Math.max(1, Math.floor(r.value)),
				mode: i.value,
				temperature: a.value,
				top_p: o.value,
				seed: e === "" ? null : Number(e)
			});
		}
		return (e, u) => (B(), V("section", Vl, [
			H("form", {
				class: "tg-live__row",
				onSubmit: to(p, ["prevent"])
			}, [Fn(H("textarea", {
				"onUpdate:modelValue": u[0] ||= (e) => t.value = e,
				rows: "2",
				placeholder: "New prompt…",
				"data-testid": "live-prompt"
			}, null, 512), [[Ga, t.value]]), H("div", Hl, [H("label", null, [Fn(H("input", {
				"onUpdate:modelValue": u[1] ||= (e) => n.value = e,
				type: "checkbox"
			}, null, 512), [[Ka, n.value]]), u[7] ||= U(" chat template", -1)]), H("button", {
				type: "submit",
				disabled: P(ls),
				"data-testid": "live-start"
			}, "Start run", 8, Ul)])], 32),
			H("form", {
				class: "tg-live__row tg-live__continue",
				novalidate: "",
				onSubmit: to(m, ["prevent"])
			}, [
				H("button", {
					type: "submit",
					disabled: P(ls) || !l.value || d.value,
					"data-testid": "live-continue",
					title: f.value
				}, "Continue", 8, Wl),
				Fn(H("input", {
					"onUpdate:modelValue": u[2] ||= (e) => r.value = e,
					type: "number",
					min: "1",
					max: "512",
					step: "1",
					"aria-label": "tokens",
					"data-testid": "live-steps"
				}, null, 512), [[
					Ga,
					r.value,
					void 0,
					{ number: !0 }
				]]),
				u[12] ||= U(" tokens ", -1),
				Fn(H("select", {
					"onUpdate:modelValue": u[3] ||= (e) => i.value = e,
					"aria-label": "mode",
					"data-testid": "live-mode"
				}, [...u[8] ||= [H("option", { value: "greedy" }, "greedy", -1), H("option", { value: "sample" }, "sample", -1)]], 512), [[Ja, i.value]]),
				i.value === "sample" ? (B(), V(z, { key: 0 }, [
					H("label", null, [u[9] ||= U("T ", -1), Fn(H("input", {
						"onUpdate:modelValue": u[4] ||= (e) => a.value = e,
						type: "number",
						step: "any",
						min: "0",
						"data-testid": "live-temperature"
					}, null, 512), [[
						Ga,
						a.value,
						void 0,
						{ number: !0 }
					]])]),
					H("label", null, [u[10] ||= U("top-p ", -1), Fn(H("input", {
						"onUpdate:modelValue": u[5] ||= (e) => o.value = e,
						type: "number",
						step: "any",
						min: "0",
						max: "1",
						"data-testid": "live-top-p"
					}, null, 512), [[
						Ga,
						o.value,
						void 0,
						{ number: !0 }
					]])]),
					H("label", null, [u[11] ||= U("seed ", -1), Fn(H("input", {
						"onUpdate:modelValue": u[6] ||= (e) => s.value = e,
						type: "text",
						inputmode: "numeric",
						placeholder: "random"
					}, null, 512), [[Ga, s.value]])])
				], 64)) : W("", !0),
				c.value ? (B(), V("span", Gl, [H("a", {
					href: c.value.json,
					download: ""
				}, "trace.json", 8, Kl), H("a", {
					href: c.value.html,
					download: ""
				}, "trace.html", 8, ql)])) : W("", !0)
			], 32),
			d.value ? (B(), V("div", Jl, "The selected token ended the sequence: select an earlier token to branch from there.")) : W("", !0),
			P(cs) ? (B(), V("div", Yl, D(P(cs)), 1)) : P(ls) ? (B(), V("div", Xl, "working…")) : W("", !0)
		]));
	}
}), [["__scopeId", "data-v-d68197df"]]), Ql = {
	key: 0,
	class: "tg-meta",
	"data-testid": "meta"
}, $l = { "data-testid": "meta-model" }, eu = { class: "tg-meta__text" }, tu = {
	key: 0,
	"data-testid": "meta-weights"
}, nu = {
	key: 1,
	class: "tg-meta__faint tg-meta__source"
}, ru = { key: 0 }, iu = {
	key: 1,
	"data-testid": "meta-backend"
}, au = { key: 2 }, ou = {
	key: 3,
	class: "tg-mono",
	"data-testid": "meta-server"
}, su = { key: 4 }, cu = {
	key: 5,
	"data-testid": "meta-imported"
}, lu = { key: 6 }, uu = { key: 7 }, du = { key: 8 }, fu = {
	key: 9,
	"data-testid": "meta-vocab"
}, pu = { "data-testid": "meta-strategy" }, mu = { key: 10 }, hu = { key: 11 }, gu = { key: 12 }, _u = {
	key: 13,
	"data-testid": "meta-depth"
}, vu = {
	key: 0,
	class: "tg-meta__faint"
}, yu = { key: 14 }, bu = {
	key: 15,
	"data-testid": "meta-stopped",
	class: "tg-meta__warn"
}, xu = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgMeta",
	setup(e) {
		let t = G(() => rs.value?.model), n = G(() => Object.entries(X.value?.strategy ?? {}).filter(([e]) => e !== "name")), r = G(() => {
			let e = rs.value?.created;
			if (!e) return "–";
			let t = new Date(e);
			return Number.isNaN(t.getTime()) ? e : t.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC").replace(/Z$/, " UTC");
		}), i = G(() => (os.value, Y.value?.size ?? 0)), a = G(() => {
			let e = t.value;
			return !e || typeof e.quantization != "string" ? "" : `${typeof e.gguf == "string" || typeof e.source == "string" && e.source.toLowerCase().endsWith(".gguf") ? "GGUF " : ""}${e.quantization}${typeof e.dequantized_to == "string" ? `, dequantized to ${e.dequantized_to}` : ""}`;
		}), o = G(() => {
			let e = X.value;
			return !e || e.strategy.name !== "branch" ? null : e.strategy.max_depth ?? e.max_new_tokens ?? null;
		}), s = G(() => {
			let e = X.value?.stats?.stopped;
			return !e || e.reason !== "max_nodes" ? null : `stopped at ${e.nodes} nodes: depth ${e.depth} of ${e.max_depth} not fully expanded`;
		});
		function c(e) {
			return typeof e == "string" ? e : JSON.stringify(e);
		}
		return (e, l) => t.value && P(X) ? (B(), V("section", Ql, [l[5] ||= H("h2", null, "Run details", -1), H("dl", null, [
			l[0] ||= H("dt", null, "model", -1),
			H("dd", $l, [
				H("span", eu, D(t.value.name), 1),
				a.value ? (B(), V("span", tu, " · " + D(a.value), 1)) : W("", !0),
				t.value.source && t.value.source !== t.value.name ? (B(), V("span", nu, D(t.value.source), 1)) : W("", !0)
			]),
			t.value.backend ? (B(), V("dt", ru, "backend")) : W("", !0),
			t.value.backend ? (B(), V("dd", iu, D([
				t.value.backend,
				t.value.dtype,
				t.value.device
			].filter(Boolean).join(" · ")), 1)) : W("", !0),
			t.value.base_url ? (B(), V("dt", au, "server")) : W("", !0),
			t.value.base_url ? (B(), V("dd", ou, D(t.value.base_url), 1)) : W("", !0),
			t.value.imported_from ? (B(), V("dt", su, "imported")) : W("", !0),
			t.value.imported_from ? (B(), V("dd", cu, D(c(t.value.imported_from)), 1)) : W("", !0),
			t.value.tokenizer ? (B(), V("dt", lu, "tokenizer")) : W("", !0),
			t.value.tokenizer ? (B(), V("dd", uu, D(c(t.value.tokenizer)), 1)) : W("", !0),
			t.value.vocab_size === void 0 ? W("", !0) : (B(), V("dt", du, "vocabulary")),
			t.value.vocab_size === void 0 ? W("", !0) : (B(), V("dd", fu, D(t.value.vocab_size === null ? "unknown" : `${t.value.vocab_size} tokens`), 1)),
			l[1] ||= H("dt", null, "strategy", -1),
			H("dd", pu, [H("b", null, D(P(X).strategy.name), 1), (B(!0), V(z, null, L(n.value, ([e, t]) => (B(), V("span", {
				key: e,
				class: "tg-meta__param"
			}, D(e) + "=" + D(c(t)), 1))), 128))]),
			l[2] ||= H("dt", null, "top-k", -1),
			H("dd", null, D(P(X).top_k) + " recorded per step · " + D(i.value) + " nodes" + D(P(X).complete ? "" : " · incomplete"), 1),
			P(X).max_new_tokens ? (B(), V("dt", mu, "max tokens")) : W("", !0),
			P(X).max_new_tokens ? (B(), V("dd", hu, D(P(X).max_new_tokens) + D(P(X).chat ? " · chat template" : ""), 1)) : W("", !0),
			o.value === null ? W("", !0) : (B(), V("dt", gu, "depth limit")),
			o.value === null ? W("", !0) : (B(), V("dd", _u, [U(D(o.value) + " tokens", 1), P(X).strategy.max_nodes ? (B(), V("span", vu, " · at most " + D(P(X).strategy.max_nodes) + " nodes", 1)) : W("", !0)])),
			s.value ? (B(), V("dt", yu, "stopped")) : W("", !0),
			s.value ? (B(), V("dd", bu, D(s.value), 1)) : W("", !0),
			l[3] ||= H("dt", null, "created", -1),
			H("dd", null, D(r.value), 1),
			l[4] ||= H("dt", null, "tracegen", -1),
			H("dd", null, D(P(rs)?.tracegen_version || "–") + " · format v" + D(P(rs)?.version), 1)
		])])) : W("", !0);
	}
}), [["__scopeId", "data-v-c4062741"]]);
// src/composables/useVirtualList.ts
function Su(e, t, n, r = 8) {
	let i = /* @__PURE__ */ N(0), a = /* @__PURE__ */ N(480), o = () => {
		e.value && (i.value = e.value.scrollTop);
	}, s = null;
	ir(() => {
		let t = e.value;
		t && (a.value = t.clientHeight || a.value, typeof ResizeObserver < "u" && (s = new ResizeObserver(() => {
			a.value = t.clientHeight || a.value;
		}), s.observe(t)));
	}), ar(() => s?.disconnect());
	let c = G(() => Math.max(0, Math.floor(i.value / n) - r));
	return {
		start: c,
		end: G(() => Math.min(t.value, Math.ceil((i.value + a.value) / n) + r)),
		total: G(() => t.value * n),
		offset: G(() => c.value * n),
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
var Cu = {
	class: "tg-outline",
	"data-testid": "outline"
}, wu = { class: "tg-outline__bar tg-noprint" }, Tu = ["data-node"], Eu = ["aria-expanded", "onClick"], Du = {
	key: 1,
	class: "tg-outline__toggle tg-outline__toggle--none"
}, Ou = { class: "tg-outline__tokens" }, ku = ["data-node", "onClick"], Au = {
	key: 0,
	class: "tg-outline__more"
}, ju = { class: "tg-outline__info" }, Mu = { key: 0 }, Nu = {
	key: 1,
	class: "tg-outline__result"
}, Pu = { key: 2 }, Fu = { key: 3 }, Iu = 26, Lu = 60, Ru = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgOutline",
	setup(e) {
		let t = /* @__PURE__ */ N(/* @__PURE__ */ new Map());
		I(Y, () => {
			t.value = /* @__PURE__ */ new Map();
		});
		let n = G(() => new Set(Z.value.map((e) => e.id)));
		function r(e) {
			let r = e.nodes[e.nodes.length - 1];
			return t.value.get(r) ?? n.value.has(r);
		}
		let i = G(() => {
			os.value;
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
		}), a = /* @__PURE__ */ N(null), { start: o, end: s, total: c, offset: l, onScroll: u, reveal: d } = Su(a, G(() => i.value.length), Iu), f = G(() => {
			let e = Y.value;
			if (!e) return [];
			let t = is.value, r = Z.value[J.value]?.id, a = Ks.value, c = (t) => {
				let n = e.node(t), { value: r, bound: i } = qs(n, n.parent === null ? void 0 : e.node(n.parent));
				if (Number.isNaN(r)) return {};
				let o = Eo(a, r);
				return {
					background: o,
					color: Oo(o),
					...i ? { outline: "1px dashed var(--fg-soft)" } : {}
				};
			};
			return i.value.slice(o.value, s.value).map(({ chain: i, open: a }, s) => {
				let l = i.nodes[i.nodes.length - 1], u = e.children(l).length, d = i.nodes.slice(0, Lu);
				return {
					key: i.nodes[0],
					last: l,
					index: o.value + s,
					level: i.level,
					open: a,
					kids: u,
					onPath: n.value.has(i.nodes[0]),
					pruned: e.isPruned(i.nodes[0]),
					result: bs.value.get(l),
					finish: e.node(l)?.finish,
					more: i.nodes.length - d.length,
					tokens: d.map((n) => {
						let i = e.node(n);
						return {
							id: n,
							label: qo(t.display(i.token)),
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
			let e = Z.value[J.value]?.id;
			if (e === void 0) return;
			let t = i.value.findIndex((t) => t.chain.nodes.includes(e));
			d(t);
		}
		return I([J, Z], async () => {
			await bn(), h();
		}), ir(() => h()), (e, t) => (B(), V("section", Cu, [H("div", wu, [
			H("span", null, D(i.value.length) + " branch" + D(i.value.length === 1 ? "" : "es") + " shown · chains of single continuations are folded into one row", 1),
			H("button", { onClick: t[0] ||= (e) => m(!0) }, "Expand all"),
			H("button", { onClick: t[1] ||= (e) => m(!1) }, "Collapse all")
		]), H("div", {
			ref_key: "box",
			ref: a,
			class: "tg-outline__scroll",
			onScroll: t[2] ||= (...e) => P(u) && P(u)(...e)
		}, [H("div", { style: T({
			height: `${P(c)}px`,
			position: "relative"
		}) }, [H("div", { style: T({ transform: `translateY(${P(l)}px)` }) }, [(B(!0), V(z, null, L(f.value, (e) => (B(), V("div", {
			key: e.key,
			class: E(["tg-outline__row", {
				"tg-outline__row--path": e.onPath,
				"tg-outline__row--pruned": e.pruned
			}]),
			style: T({ paddingLeft: `${Math.min(e.level, 30) * 14 + 4}px` }),
			"data-node": e.key
		}, [
			e.kids > 1 ? (B(), V("button", {
				key: 0,
				class: "tg-outline__toggle",
				"aria-expanded": e.open,
				onClick: (t) => p(e.last, e.open)
			}, D(e.open ? "▾" : "▸"), 9, Eu)) : (B(), V("span", Du, "·")),
			H("span", Ou, [(B(!0), V(z, null, L(e.tokens, (e) => (B(), V("span", {
				key: e.id,
				class: E([{ "tg-outline__tok--sel": e.sel }, "tg-outline__tok"]),
				style: T(e.style),
				"data-node": e.id,
				onClick: (t) => P(Es)(e.id)
			}, D(e.label), 15, ku))), 128)), e.more ? (B(), V("span", Au, "+" + D(e.more), 1)) : W("", !0)]),
			H("span", ju, [
				e.kids > 1 ? (B(), V("span", Mu, D(e.kids) + " branches", 1)) : W("", !0),
				e.result === void 0 ? W("", !0) : (B(), V("span", Nu, "#" + D(e.result + 1), 1)),
				e.finish ? (B(), V("span", Pu, D(e.finish), 1)) : W("", !0),
				e.pruned ? (B(), V("span", Fu, "pruned")) : W("", !0)
			])
		], 14, Tu))), 128))], 4)], 4)], 544)]));
	}
}), [["__scopeId", "data-v-fb49707d"]]), zu = {
	key: 0,
	class: "tg-results",
	"data-testid": "results"
}, Bu = {
	key: 0,
	class: "tg-results__stopped",
	"data-testid": "stopped"
}, Vu = {
	class: "tg-results__order tg-noprint",
	role: "radiogroup",
	"aria-label": "rank results by"
}, Hu = [
	"aria-checked",
	"data-testid",
	"onClick"
], Uu = {
	class: "tg-results__explain",
	"data-testid": "results-explain"
}, Wu = [
	"data-node",
	"data-recorded",
	"onClick"
], Gu = { class: "tg-results__rank" }, Ku = { class: "tg-results__text" }, qu = { class: "tg-results__nums tg-num" }, Ju = { title: "the strategy's score" }, Yu = { "data-testid": "result-lp" }, Xu = { "data-testid": "result-surprisal" }, Zu = { "data-testid": "result-ppl" }, Qu = { key: 0 }, $u = { key: 1 }, ed = 20, td = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgResults",
	setup(e) {
		let t = /* @__PURE__ */ N(!1), n = G(() => t.value ? ys.value : ys.value.slice(0, ed)), r = G(() => {
			os.value;
			let e = Y.value;
			return !e || e.run.strategy.name !== "beam" ? 0 : e.run.nodes.filter((t) => e.isPruned(t.id)).length;
		}), i = G(() => X.value?.strategy ?? { name: "" }), a = G(() => {
			let e = i.value;
			return e.name === "beam" ? `score = total logprob \u00f7 tokens^${e.length_penalty ?? 1} (beam search's length penalty)` : "score = total logprob (the strategy ranks by it)";
		}), o = G(() => {
			let e = X.value?.stats?.stopped;
			return !e || e.reason !== "max_nodes" ? null : `stopped at ${e.nodes} nodes: depth ${e.depth} of ${e.max_depth} not fully expanded`;
		}), s = [
			["score", "score"],
			["total", "total logprob"],
			["mean", "mean logprob per token"]
		];
		function c(e) {
			Es(e, e);
		}
		function l(e) {
			return e.length > 140 ? e.slice(0, 139) + "…" : e;
		}
		return (e, i) => P(ys).length ? (B(), V("section", zu, [
			H("h2", null, [i[1] ||= U("Results ", -1), H("span", null, D(P(ys).length) + ", best first" + D(r.value ? ` · ${r.value} pruned-beam nodes dimmed` : ""), 1)]),
			o.value ? (B(), V("div", Bu, D(o.value) + " (the node budget, --max-nodes, ran out)", 1)) : W("", !0),
			H("div", Vu, [i[2] ||= H("span", null, "Rank by", -1), (B(), V(z, null, L(s, ([e, t]) => H("button", {
				key: e,
				role: "radio",
				"aria-checked": P(vs) === e,
				class: E({ on: P(vs) === e }),
				"data-testid": `order-${e}`,
				onClick: (t) => vs.value = e
			}, D(t), 11, Hu)), 64))]),
			H("p", Uu, [
				U(D(a.value) + "; lp = total logprob of the result's tokens (nats); surprisal = −lp per token, in nats and bits; ppl = perplexity, e", 1),
				i[3] ||= H("sup", null, "surprisal", -1),
				i[4] ||= U(". Results of different lengths compare fairly by the mean. ", -1)
			]),
			H("ol", null, [(B(!0), V(z, null, L(n.value, (e, t) => (B(), V("li", {
				key: e.recorded,
				class: E({ "tg-results__item--on": e.result.node === P(q) }),
				"data-node": e.result.node,
				"data-recorded": e.recorded + 1,
				onClick: (t) => c(e.result.node)
			}, [
				H("span", Gu, "#" + D(t + 1), 1),
				H("span", Ku, D(l(e.result.text)), 1),
				H("span", qu, [
					H("span", Ju, "score " + D(P(Yo)(e.result.score, 3)), 1),
					H("span", Yu, "lp " + D(P(Yo)(e.metrics.totalLogprob, 3)), 1),
					H("span", Xu, "surprisal " + D(P(Yo)(e.metrics.meanSurprisalNats, 3)) + " nats = " + D(P(Yo)(e.metrics.meanSurprisalBits, 3)) + " bits/token", 1),
					H("span", Zu, "ppl " + D(P(Yo)(e.metrics.perplexity, 3)), 1),
					H("span", null, D(e.metrics.tokens) + " tok", 1),
					e.result.finish ? (B(), V("span", Qu, D(e.result.finish), 1)) : W("", !0),
					e.result.sample === void 0 ? W("", !0) : (B(), V("span", $u, "sample " + D(e.result.sample), 1))
				])
			], 10, Wu))), 128))]),
			P(ys).length > ed ? (B(), V("button", {
				key: 1,
				class: "tg-results__all tg-noprint",
				onClick: i[0] ||= (e) => t.value = !t.value
			}, D(t.value ? `show the first ${ed}` : `show all ${P(ys).length}`), 1)) : W("", !0)
		])) : W("", !0);
	}
}), [["__scopeId", "data-v-1a954286"]]), nd = {
	key: 0,
	class: "tg-strip",
	"data-testid": "strip",
	"aria-label": "probability and entropy along the path"
}, rd = {
	class: "tg-strip__axis",
	"aria-hidden": "true"
}, id = {
	class: "tg-strip__axis-row tg-strip__axis-h",
	title: "entropy of the distribution it was chosen from (bar depth, 0 to 5 bits)"
}, ad = { class: "tg-strip__ticks" }, od = { class: "tg-strip__cols" }, sd = ["title", "onClick"], cd = { class: "tg-strip__p" }, ld = { class: "tg-strip__h" }, ud = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgStrip",
	setup(e) {
		let t = Co("entropy").domain[1], n = G(() => {
			let e = Z.value, n = is.value;
			return e.slice(1).map((r, i) => {
				let a = Math.exp(r.logprob ?? NaN), o = e[i].entropy, s = o === null ? null : o / Math.LN2, c = s === null ? `entropy unknown${Zo(e[i]) ? ` (only the top-k was returned, covering ${No(Qo(e[i]))})` : ""}` : `H=${s.toFixed(2)} bits (${o.toFixed(2)} nats)`;
				return {
					id: r.id,
					pos: i + 1,
					prob: a,
					pColour: Number.isNaN(a) ? "var(--fg-faint)" : Eo("probability", a),
					h: s,
					hColour: s === null ? "" : Eo("entropy", s),
					hFrac: s === null ? 0 : Math.min(1, s / t),
					title: `token ${i + 1}: \u2068${qo(n.display(r.token))}\u2069  p=${No(a)}  ${c}`
				};
			});
		});
		return (e, r) => n.value.length ? (B(), V("section", nd, [H("div", rd, [r[2] ||= H("div", {
			class: "tg-strip__axis-row tg-strip__axis-p",
			title: "probability of the chosen token (bar height, 0 to 1)"
		}, [H("b", null, "p"), H("span", { class: "tg-strip__ticks" }, [H("span", null, "1"), H("span", null, "0")])], -1), H("div", id, [r[1] ||= H("b", null, "H", -1), H("span", ad, [r[0] ||= H("span", null, "0", -1), H("span", null, D(P(t)) + "b", 1)])])]), H("div", od, [(B(!0), V(z, null, L(n.value, (e) => (B(), V("div", {
			key: e.id,
			class: E(["tg-strip__col", { "tg-strip__col--sel": e.pos === P(J) }]),
			title: e.title,
			onClick: (t) => P(Es)(e.id)
		}, [H("div", cd, [H("div", {
			class: "tg-strip__bar tg-strip__bar--p",
			style: T({
				height: `${Math.max(4, e.prob * 100)}%`,
				background: e.pColour
			})
		}, null, 4)]), H("div", ld, [H("div", {
			class: E(["tg-strip__bar tg-strip__bar--h", { "tg-strip__bar--unknown": e.h === null }]),
			style: T({
				height: `${e.h === null ? 100 : Math.max(3, e.hFrac * 100)}%`,
				background: e.hColour || void 0
			})
		}, null, 6)])], 10, sd))), 128))])])) : W("", !0);
	}
}), [["__scopeId", "data-v-b3f92cd1"]]), dd = { class: "tg-text" }, fd = {
	key: 0,
	class: "tg-text__noprompt",
	"data-testid": "prompt",
	title: "this run was imported without its prompt"
}, pd = {
	key: 1,
	class: "tg-text__prompt",
	"data-testid": "prompt",
	title: "prompt"
}, md = [
	"data-node",
	"data-pos",
	"title",
	"onClick"
], hd = {
	key: 3,
	class: "tg-text__badge",
	"data-testid": "finish"
}, gd = {
	key: 4,
	class: "tg-text__badge tg-text__badge--result"
}, _d = {
	key: 5,
	class: "tg-text__badge tg-text__badge--pruned"
}, vd = ["title"], yd = { class: "tg-text__metrics-what" }, bd = { "data-testid": "metric-total" }, xd = { "data-testid": "metric-nats" }, Sd = { "data-testid": "metric-bits" }, Cd = { "data-testid": "metric-ppl" }, wd = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgText",
	setup(e) {
		let t = G(() => !!X.value && !X.value.prompt_token_ids.length && !X.value.prompt), n = G(() => {
			let e = X.value;
			if (!e) return "";
			let t = e.prompt_token_ids.length ? is.value.decode(e.prompt_token_ids) : e.prompt;
			return ds.value ? Ko(t) : t;
		});
		function r(e, t) {
			let n = Z.value, r = ps.value;
			if (r === "entropy") return Ao(r, n[e], n[e - 1]);
			let i = 0;
			for (let r = e; r < t; r++) i += n[r].logprob ?? NaN;
			return Ao(r, {
				...n[e],
				logprob: i
			}, n[e - 1]);
		}
		function i(e, t) {
			if (!Vs.value) {
				let n = ps.value, i = r(e, t);
				return {
					value: i,
					bound: !1,
					label: `${Co(n).label}: ${jo(n, i)}`
				};
			}
			let n = Z.value, i = Hs.value, a = Gs(i, n.slice(e, t), n[e - 1]), o = `${Co(i).label}: ${vo(a, 2, i === "delta_logprob")}`, s = t - e === 1 ? Ws(n[e]) : void 0;
			if (s) {
				let e = (e) => e === null ? "not recorded" : No(Math.exp(e));
				o += ` · p A ${e(s.logprob_a)}, B ${e(s.logprob_b)}`;
			}
			return {
				value: go(a) ?? NaN,
				bound: a.state === "bound",
				label: o
			};
		}
		let a = G(() => {
			let e = Y.value, t = Z.value;
			if (!e || t.length < 2) return [];
			let n = t.slice(1), r = is.value, a = ds.value, o = Ks.value, s = dl(n, r, ms.value);
			return r.segments(n.map((e) => e.token)).map((t) => {
				let c = !1, l = !1, u = !1, d = !1;
				for (let i = t.start; i < t.end; i++) {
					let t = n[i];
					t.parent !== null && e.children(t.parent).length > 1 && (c = !0), r.isSpecial(t.token) && (l = !0), Ro(t.token) && (u = !0), s.has(i) && (d = !0);
				}
				let { value: f, bound: p, label: m } = i(t.start + 1, t.end + 1), h = !Number.isNaN(f), g = h ? Eo(o, f) : "", _ = h ? [] : ["tg-text__tok--unknown"];
				p && _.push("tg-text__tok--bound"), c && _.push("tg-text__tok--branch"), t.end - t.start > 1 && _.push("tg-text__tok--joined"), l && _.push(a ? "tg-text__tok--special" : "tg-text__tok--hidden"), u && _.push("tg-unmapped"), d && _.push("tg-text__tok--hit"), e.isPruned(n[t.start].id) && _.push("tg-text__tok--pruned");
				let v = l && !a ? "" : a ? Ko(t.text) : t.text;
				!a && !l && /^\s*\n/.test(t.text) && _.push("tg-text__tok--nl");
				let y = t.end - t.start > 1 ? ` (${t.end - t.start} tokens)` : "", b = h && !l ? {
					backgroundColor: g,
					color: Oo(g)
				} : {};
				return {
					key: n[t.start].id,
					first: t.start + 1,
					last: t.end,
					text: v,
					cls: _,
					style: b,
					title: `${m}${y}${c ? " · has branches" : ""}${u ? ` · ${zo}` : ""}`
				};
			});
		}), o = G(() => Jo(Z.value.slice(1))), s = G(() => X.value?.strategy.name === "forced"), c = G(() => Z.value[Z.value.length - 1]), l = G(() => Z.value.length > 0 && !!c.value?.top && !es(c.value)), u = G(() => c.value?.finish ?? null), d = G(() => (c.value && Y.value?.isPruned(c.value.id)) ?? !1), f = G(() => c.value ? bs.value.get(c.value.id) : void 0);
		function p(e) {
			Es(Z.value[e.first].id);
		}
		let m = /* @__PURE__ */ N(null);
		return I(J, async () => {
			await bn(), (m.value?.querySelector(".tg-text__tok--sel"))?.scrollIntoView?.({ block: "nearest" });
		}), (e, r) => (B(), V("section", dd, [H("div", {
			ref_key: "box",
			ref: m,
			class: E(["tg-text__box", { "tg-text--invisible": P(ds) }]),
			"data-testid": "text"
		}, [
			t.value ? (B(), V("span", fd, "(prompt not recorded) ")) : (B(), V("span", pd, D(n.value), 1)),
			(B(!0), V(z, null, L(a.value, (e) => (B(), V("span", {
				key: e.key,
				class: E(["tg-text__tok", [e.cls, { "tg-text__tok--sel": P(J) >= e.first && P(J) <= e.last }]]),
				style: T(e.style),
				"data-node": e.key,
				"data-pos": e.first,
				title: e.title,
				onClick: (t) => p(e)
			}, D(e.text), 15, md))), 128)),
			l.value ? (B(), V("span", {
				key: 2,
				class: E(["tg-text__next", { "tg-text__tok--sel": P(J) === P(Z).length }]),
				"data-testid": "next-slot",
				title: "the next-token distribution after this path",
				onClick: r[0] ||= (e) => P(Os)(c.value.id)
			}, "▸", 2)) : W("", !0),
			u.value ? (B(), V("span", hd, D(u.value === "eos" ? "end of sequence" : u.value === "stop" ? "stopped" : "length limit"), 1)) : W("", !0),
			f.value === void 0 ? W("", !0) : (B(), V("span", gd, "result #" + D(f.value + 1), 1)),
			d.value ? (B(), V("span", _d, "pruned beam")) : W("", !0)
		], 2), o.value.tokens ? (B(), V("div", {
			key: 0,
			class: "tg-text__metrics tg-num",
			"data-testid": "path-metrics",
			title: "over the " + o.value.tokens + " tokens after the prompt on this path; the same numbers as Run.path_metrics() in Python"
		}, [
			H("span", yd, D(s.value ? "How surprised the model was by the given text" : "This path") + ":", 1),
			H("span", null, D(o.value.tokens) + " token" + D(o.value.tokens === 1 ? "" : "s"), 1),
			H("span", null, [r[1] ||= U("total logprob ", -1), H("b", bd, D(P(Yo)(o.value.totalLogprob, 3)), 1)]),
			H("span", null, [
				r[2] ||= U("mean surprisal ", -1),
				H("b", xd, D(P(Yo)(o.value.meanSurprisalNats, 3)), 1),
				r[3] ||= U(" nats = ", -1),
				H("b", Sd, D(P(Yo)(o.value.meanSurprisalBits, 3)), 1),
				r[4] ||= U(" bits per token", -1)
			]),
			H("span", null, [r[5] ||= U("perplexity ", -1), H("b", Cd, D(P(Yo)(o.value.perplexity, 3)), 1)])
		], 8, vd)) : W("", !0)]));
	}
}), [["__scopeId", "data-v-0f45afb4"]]), Td = .02, Ed = (e) => Math.min(3, Math.max(Td, e));
function Dd(e, t, n, r) {
	let i = Ed(e.k * t), a = i / e.k;
	return {
		k: i,
		x: n - (n - e.x) * a,
		y: r - (r - e.y) * a
	};
}
function Od(e, t, n, r = 24) {
	let i = Ed(Math.min(1, (t - 2 * r) / Math.max(1, e.x1 - e.x0), (n - 2 * r) / Math.max(1, e.y1 - e.y0)));
	return {
		k: i,
		x: t / 2 - (e.x0 + e.x1) / 2 * i,
		y: n / 2 - (e.y0 + e.y1) / 2 * i
	};
}
function kd(e, t, n, r, i) {
	return {
		k: n,
		x: r / 2 - e * n,
		y: i / 2 - t * n
	};
}
function Ad(e) {
	let t = /* @__PURE__ */ Xt({
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
		t.value = Dd(t.value, Math.exp(-n.deltaY * (n.deltaMode === 1 ? .05 : .002)), n.clientX - i.left, n.clientY - i.top);
	};
	return ir(() => {
		let t = e.value;
		t && (t.addEventListener("pointerdown", i), t.addEventListener("pointermove", a), t.addEventListener("pointerup", o), t.addEventListener("pointercancel", o), t.addEventListener("click", s, !0), t.addEventListener("wheel", c, { passive: !1 }));
	}), ar(() => {
		let t = e.value;
		t && (t.removeEventListener("pointerdown", i), t.removeEventListener("pointermove", a), t.removeEventListener("pointerup", o), t.removeEventListener("pointercancel", o), t.removeEventListener("click", s, !0), t.removeEventListener("wheel", c));
	}), {
		view: t,
		zoomBy: (n) => {
			let r = e.value?.getBoundingClientRect();
			t.value = Dd(t.value, n, (r?.width ?? 0) / 2, (r?.height ?? 0) / 2);
		}
	};
}
// node_modules/d3-hierarchy/dist/d3-hierarchy.mjs
function jd(e) {
	var t = 0, n = e.children, r = n && n.length;
	if (!r) t = 1;
	else for (; --r >= 0;) t += n[r].value;
	e.value = t;
}
function Md() {
	return this.eachAfter(jd);
}
function Nd(e, t) {
	let n = -1;
	for (let r of this) e.call(t, r, ++n, this);
	return this;
}
function Pd(e, t) {
	for (var n = this, r = [n], i, a, o = -1; n = r.pop();) if (e.call(t, n, ++o, this), i = n.children) for (a = i.length - 1; a >= 0; --a) r.push(i[a]);
	return this;
}
function Fd(e, t) {
	for (var n = this, r = [n], i = [], a, o, s, c = -1; n = r.pop();) if (i.push(n), a = n.children) for (o = 0, s = a.length; o < s; ++o) r.push(a[o]);
	for (; n = i.pop();) e.call(t, n, ++c, this);
	return this;
}
function Id(e, t) {
	let n = -1;
	for (let r of this) if (e.call(t, r, ++n, this)) return r;
}
function Ld(e) {
	return this.eachAfter(function(t) {
		for (var n = +e(t.data) || 0, r = t.children, i = r && r.length; --i >= 0;) n += r[i].value;
		t.value = n;
	});
}
function Rd(e) {
	return this.eachBefore(function(t) {
		t.children && t.children.sort(e);
	});
}
function zd(e) {
	for (var t = this, n = Bd(t, e), r = [t]; t !== n;) t = t.parent, r.push(t);
	for (var i = r.length; e !== n;) r.splice(i, 0, e), e = e.parent;
	return r;
}
function Bd(e, t) {
	if (e === t) return e;
	var n = e.ancestors(), r = t.ancestors(), i = null;
	for (e = n.pop(), t = r.pop(); e === t;) i = e, e = n.pop(), t = r.pop();
	return i;
}
function Vd() {
	for (var e = this, t = [e]; e = e.parent;) t.push(e);
	return t;
}
function Hd() {
	return Array.from(this);
}
function Ud() {
	var e = [];
	return this.eachBefore(function(t) {
		t.children || e.push(t);
	}), e;
}
function Wd() {
	var e = this, t = [];
	return e.each(function(n) {
		n !== e && t.push({
			source: n.parent,
			target: n
		});
	}), t;
}
function* Gd() {
	var e = this, t, n = [e], r, i, a;
	do
		for (t = n.reverse(), n = []; e = t.pop();) if (yield e, r = e.children) for (i = 0, a = r.length; i < a; ++i) n.push(r[i]);
	while (n.length);
}
function Kd(e, t) {
	e instanceof Map ? (e = [void 0, e], t === void 0 && (t = Yd)) : t === void 0 && (t = Jd);
	for (var n = new Qd(e), r, i = [n], a, o, s, c; r = i.pop();) if ((o = t(r.data)) && (c = (o = Array.from(o)).length)) for (r.children = o, s = c - 1; s >= 0; --s) i.push(a = o[s] = new Qd(o[s])), a.parent = r, a.depth = r.depth + 1;
	return n.eachBefore(Zd);
}
function qd() {
	return Kd(this).eachBefore(Xd);
}
function Jd(e) {
	return e.children;
}
function Yd(e) {
	return Array.isArray(e) ? e[1] : null;
}
function Xd(e) {
	e.data.value !== void 0 && (e.value = e.data.value), e.data = e.data.data;
}
function Zd(e) {
	var t = 0;
	do
		e.height = t;
	while ((e = e.parent) && e.height < ++t);
}
function Qd(e) {
	this.data = e, this.depth = this.height = 0, this.parent = null;
}
Qd.prototype = Kd.prototype = {
	constructor: Qd,
	count: Md,
	each: Nd,
	eachAfter: Fd,
	eachBefore: Pd,
	find: Id,
	sum: Ld,
	sort: Rd,
	path: zd,
	ancestors: Vd,
	descendants: Hd,
	leaves: Ud,
	links: Wd,
	copy: qd,
	[Symbol.iterator]: Gd
};
function $d(e, t, n, r, i) {
	for (var a = e.children, o, s = -1, c = a.length, l = e.value && (r - t) / e.value; ++s < c;) o = a[s], o.y0 = n, o.y1 = i, o.x0 = t, o.x1 = t += o.value * l;
}
function ef(e, t) {
	return e.parent === t.parent ? 1 : 2;
}
function tf(e) {
	var t = e.children;
	return t ? t[0] : e.t;
}
function nf(e) {
	var t = e.children;
	return t ? t[t.length - 1] : e.t;
}
function rf(e, t, n) {
	var r = n / (t.i - e.i);
	t.c -= r, t.s += n, e.c += r, t.z += n, t.m += n;
}
function af(e) {
	for (var t = 0, n = 0, r = e.children, i = r.length, a; --i >= 0;) a = r[i], a.z += t, a.m += t, t += a.s + (n += a.c);
}
function of(e, t, n) {
	return e.a.parent === t.parent ? e.a : n;
}
function sf(e, t) {
	this._ = e, this.parent = null, this.children = null, this.A = null, this.a = this, this.z = 0, this.m = 0, this.c = 0, this.s = 0, this.t = null, this.i = t;
}
sf.prototype = Object.create(Qd.prototype);
function cf(e) {
	for (var t = new sf(e, 0), n, r = [t], i, a, o, s; n = r.pop();) if (a = n._.children) for (n.children = Array(s = a.length), o = s - 1; o >= 0; --o) r.push(i = n.children[o] = new sf(a[o], o)), i.parent = n;
	return (t.parent = new sf(null, 0)).children = [t], t;
}
function lf() {
	var e = ef, t = 1, n = 1, r = null;
	function i(i) {
		var s = cf(i);
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
			af(t);
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
			for (var i = t, a = t, o = n, s = i.parent.children[0], c = i.m, l = a.m, u = o.m, d = s.m, f; o = nf(o), i = tf(i), o && i;) s = tf(s), a = nf(a), a.a = t, f = o.z + u - i.z - c + e(o._, i._), f > 0 && (rf(of(o, t, r), t, f), c += f, l += f), u += o.m, c += i.m, d += s.m, l += a.m;
			o && !nf(a) && (a.t = o, a.m += u - l), i && !tf(s) && (s.t = i, s.m += c - d, r = t);
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
function uf(e, t, n, r, i) {
	for (var a = e.children, o, s = -1, c = a.length, l = e.value && (i - n) / e.value; ++s < c;) o = a[s], o.x0 = t, o.x1 = r, o.y0 = n, o.y1 = n += o.value * l;
}
var df = (1 + Math.sqrt(5)) / 2;
function ff(e, t, n, r, i, a) {
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
		}), c.dice ? $d(c, n, r, i, h ? r += m * g / h : a) : uf(c, n, r, h ? n += p * g / h : i, a), h -= g, u = d;
	}
	return o;
}
(function e(t) {
	function n(e, n, r, i, a) {
		ff(t, e, n, r, i, a);
	}
	return n.ratio = function(t) {
		return e((t = +t) > 1 ? t : 1);
	}, n;
})(df), (function e(t) {
	function n(e, n, r, i, a) {
		if ((o = e._squarify) && o.ratio === t) for (var o, s, c, l, u = -1, d, f = o.length, p = e.value; ++u < f;) {
			for (s = o[u], c = s.children, l = s.value = 0, d = c.length; l < d; ++l) s.value += c[l].value;
			s.dice ? $d(s, n, r, i, p ? r += (a - r) * s.value / p : a) : uf(s, n, r, p ? n += (i - n) * s.value / p : i, a), p -= s.value;
		}
		else e._squarify = o = ff(t, e, n, r, i, a), o.ratio = t;
	}
	return n.ratio = function(t) {
		return e((t = +t) > 1 ? t : 1);
	}, n;
})(df);
function pf(e, t) {
	let n = (t) => e.node(t)?.logprob ?? -Infinity;
	return [...e.children(t)].sort((e, t) => n(t) - n(e) || e - t);
}
function mf(e, t = /* @__PURE__ */ new Set()) {
	let n = Kd(e.root.id, (n) => t.has(n) ? null : pf(e, n)), r = lf().nodeSize([28, 120]).separation((e, t) => e.parent === t.parent ? 1 : 1.25)(n), i = [], a = /* @__PURE__ */ new Map(), o = {
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
var hf = {
	class: "tg-tree",
	"data-testid": "tree"
}, gf = { class: "tg-tree__bar tg-noprint" }, _f = ["data-drawn"], vf = ["d"], yf = ["d", "fill"], bf = [
	"data-edge",
	"d",
	"stroke-width"
], xf = [
	"data-node",
	"transform",
	"onClick"
], Sf = [
	"x",
	"y",
	"fill"
], Cf = ["x", "fill"], wf = ["data-toggle", "onClick"], Tf = ["cx"], Ef = ["x"], Df = ["x"], Of = ["x"], kf = ["x"], Af = 92, jf = 20, Mf = .45, Nf = 1200, Pf = 12, Ff = .6, If = 120, Lf = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgTree",
	setup(e) {
		let t = /* @__PURE__ */ N(/* @__PURE__ */ new Set());
		I(K, () => {
			t.value = /* @__PURE__ */ new Set();
		});
		let n = G(() => {
			os.value;
			let e = Y.value;
			return e ? mf(e, t.value) : null;
		}), r = /* @__PURE__ */ N(null), i = /* @__PURE__ */ N(null), a = /* @__PURE__ */ N(null), o = /* @__PURE__ */ N({
			w: 800,
			h: 480
		}), { view: s, zoomBy: c } = Ad(r), l = /* @__PURE__ */ Xt({
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
			let t = s.value, n = u(t), r = l.value, i = n.x0 >= r.x0 && n.x1 <= r.x1 && n.y0 >= r.y0 && n.y1 <= r.y1, a = t.k >= Mf == r.k >= Mf, o = (r.x1 - r.x0) * (r.y1 - r.y0) > 9 * (n.x1 - n.x0) * (n.y1 - n.y0);
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
		I(s, (e) => {
			clearTimeout(p), v.value.coarse && e.k === f.k && a.value ? (a.value.style.transform = `translate(${e.x - f.x}px, ${e.y - f.y}px)`, p = setTimeout(() => {
				m(s.value), d(!1);
			}, If)) : (m(e), d(!1));
		}, { flush: "sync" });
		let h = G(() => new Set(Z.value.map((e) => e.id))), g = G(() => Z.value[J.value]?.id ?? q.value);
		function _(e, t) {
			let n = e.x + Af / 2 + (e.childCount ? 12 : 0), r = t.x - Af / 2, i = (n + r) / 2;
			return `M${n},${e.y}C${i},${e.y} ${i},${t.y} ${r},${t.y}`;
		}
		let v = G(() => {
			let e = n.value, t = Y.value, r = l.value;
			if (!e || !t) return {
				nodes: [],
				edges: [],
				coarse: null,
				total: 0
			};
			let i = [], a = [];
			for (let t of e.nodes) {
				if (t.x + Af >= r.x0 && t.x - Af <= r.x1 && t.y + 28 >= r.y0 && t.y - 28 <= r.y1 && i.push(t), t.parent === null) continue;
				let n = e.byId.get(t.parent);
				t.x >= r.x0 && n.x <= r.x1 && Math.max(t.y, n.y) >= r.y0 && Math.min(t.y, n.y) <= r.y1 && a.push(t);
			}
			if (i.length > Nf) return {
				nodes: [],
				edges: [],
				coarse: y(i, a),
				total: e.nodes.length
			};
			let o = Ks.value, s = is.value;
			return {
				nodes: i.map((e) => {
					let n = t.node(e.id), r = n.parent === null ? void 0 : t.node(n.parent), { value: i, bound: a, text: c } = n.parent === null ? {
						value: NaN,
						bound: !1,
						text: ""
					} : qs(n, r), l = Number.isNaN(i) ? "var(--bg-soft)" : Eo(o, i), u = n.token === null ? "prompt" : qo(s.display(n.token)), d = u.length > Pf ? u.slice(0, 11) + "…" : u, f = bs.value.get(e.id);
					return {
						...e,
						label: d,
						fill: l,
						ink: Number.isNaN(i) ? "var(--fg)" : Oo(l),
						bound: a,
						title: n.token === null ? "the prompt" : `${u}  ${Co(o).label} ${c}` + (f === void 0 ? "" : ` · result #${f + 1}`),
						pruned: t.isPruned(e.id),
						result: f,
						ended: es(n)
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
			let r = n.value, i = Y.value, a = Ks.value, o = {
				plain: [],
				path: [],
				pruned: []
			};
			for (let e of t) {
				let t = r.byId.get(e.parent);
				o[h.value.has(e.id) ? "path" : i.isPruned(e.id) ? "pruned" : "plain"].push(`M${t.x + Af / 2},${t.y}L${e.x - Af / 2},${e.y}`);
			}
			let s = /* @__PURE__ */ new Map(), [c, l] = Co(a).domain;
			for (let t of e) {
				let e = i.node(t.id), n = e.parent === null ? NaN : qs(e, i.node(e.parent)).value, r = Number.isNaN(n) ? -1 : Math.round(Math.min(1, Math.max(0, (n - c) / (l - c))) * 16), o = r < 0 ? "var(--bg-soft)" : Eo(a, c + r / 16 * (l - c)), u = s.get(o) ?? [];
				u.push(`M${t.x - Af / 2},${t.y - jf / 2}h${Af}v${jf}h-92z`), s.set(o, u);
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
		let b = G(() => l.value.k >= Mf);
		function x(e) {
			let n = new Set(t.value);
			n.has(e) ? n.delete(e) : n.add(e), t.value = n;
		}
		function S(e) {
			Es(e);
		}
		function C(e) {
			if (!v.value.coarse || !r.value || !n.value) return;
			let t = r.value.getBoundingClientRect(), i = s.value, a = (e.clientX - t.left - i.x) / i.k, o = (e.clientY - t.top - i.y) / i.k, c = n.value.nodes.find((e) => Math.abs(e.x - a) <= Af / 2 && Math.abs(e.y - o) <= jf / 2);
			c && S(c.id);
		}
		function ee() {
			let e = n.value.bounds;
			return {
				x0: e.x0 - Af / 2,
				x1: e.x1 + Af / 2 + 30,
				y0: e.y0 - 14,
				y1: e.y1 + 14
			};
		}
		function te() {
			n.value && (s.value = Od(ee(), o.value.w, o.value.h));
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
			let l = u(s.value), d = 40 / s.value.k, f = c.x - Af / 2 >= l.x0 + d && c.x + Af / 2 <= l.x1 - d && c.y >= l.y0 + d && c.y <= l.y1 - d;
			(e || !f) && (s.value = kd(c.x, c.y, Math.max(s.value.k, Mf), o.value.w, o.value.h));
		}
		function re() {
			let e = n.value;
			if (!e) return;
			let { w: t, h: r } = o.value, i = ee(), a = Od(i, t, r), c = e.byId.get(g.value) ?? e.nodes[0];
			if (a.k >= Ff) s.value = a;
			else {
				let e = Od({
					...i,
					y0: c.y,
					y1: c.y
				}, t, r);
				s.value = e.k >= Ff ? {
					...e,
					y: r / 2 - c.y * e.k
				} : kd(c.x + t / 4, c.y, 1, t, r);
			}
			d(!0);
		}
		I(g, () => ne()), I(K, async () => {
			await bn(), re();
		}), I(n, () => d(!0));
		let w = null;
		ir(() => {
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
		}), ar(() => w?.disconnect());
		let ie = G(() => (os.value, Y.value?.size ?? 0));
		return (e, t) => (B(), V("section", hf, [H("div", gf, [
			H("span", null, D(ie.value) + " node" + D(ie.value === 1 ? "" : "s") + " · drag to pan, wheel to zoom, click a node to select it, ⊖ folds a subtree", 1),
			H("button", {
				title: "zoom out",
				"aria-label": "zoom out",
				onClick: t[0] ||= (e) => P(c)(1 / 1.4)
			}, "−"),
			H("button", {
				title: "zoom in",
				"aria-label": "zoom in",
				onClick: t[1] ||= (e) => P(c)(1.4)
			}, "+"),
			H("button", {
				"data-testid": "tree-fit",
				onClick: te
			}, "Fit"),
			H("button", {
				"data-testid": "tree-selected",
				onClick: t[2] ||= (e) => ne(!0)
			}, "Selected")
		]), H("div", {
			ref_key: "box",
			ref: r,
			class: "tg-tree__box",
			onClick: C
		}, [(B(), V("svg", {
			ref_key: "svg",
			ref: a,
			class: E(["tg-tree__svg", { "tg-tree__svg--coarse": !!v.value.coarse }]),
			role: "img",
			"aria-label": "the run's tree",
			"data-drawn": v.value.nodes.length
		}, [H("g", {
			ref_key: "world",
			ref: i
		}, [v.value.coarse ? (B(), V(z, { key: 0 }, [(B(!0), V(z, null, L(v.value.coarse.edges, (e) => (B(), V("path", {
			key: e.cls,
			d: e.d,
			class: E(["tg-tree__edge", `tg-tree__edge--${e.cls}`])
		}, null, 10, vf))), 128)), (B(!0), V(z, null, L(v.value.coarse.boxes, (e) => (B(), V("path", {
			key: e.fill,
			d: e.d,
			fill: e.fill,
			class: "tg-tree__coarse-box"
		}, null, 8, yf))), 128))], 64)) : (B(), V(z, { key: 1 }, [(B(!0), V(z, null, L(v.value.edges, (e) => (B(), V("path", {
			key: e.id,
			"data-edge": e.id,
			d: e.d,
			class: E(["tg-tree__edge", {
				"tg-tree__edge--path": e.path,
				"tg-tree__edge--pruned": e.pruned
			}]),
			"stroke-width": e.width
		}, null, 10, bf))), 128)), (B(!0), V(z, null, L(v.value.nodes, (e) => (B(), V("g", {
			key: e.id,
			class: E(["tg-tree__node", {
				"tg-tree__node--path": h.value.has(e.id),
				"tg-tree__node--sel": e.id === g.value,
				"tg-tree__node--pruned": e.pruned,
				"tg-tree__node--root": e.parent === null
			}]),
			"data-node": e.id,
			transform: `translate(${e.x},${e.y})`,
			onClick: to((t) => S(e.id), ["stop"])
		}, [
			H("title", null, D(e.title), 1),
			H("rect", {
				x: -46,
				y: -10,
				width: Af,
				height: jf,
				rx: "4",
				fill: e.fill,
				class: E(["tg-tree__box-rect", { "tg-tree__box-rect--bound": e.bound }])
			}, null, 10, Sf),
			b.value ? (B(), V("text", {
				key: 0,
				x: -41,
				y: "4",
				fill: e.ink,
				class: "tg-tree__label"
			}, D(e.label), 9, Cf)) : W("", !0),
			e.childCount ? (B(), V("g", {
				key: 1,
				class: "tg-tree__knob",
				"data-toggle": e.id,
				onClick: to((t) => x(e.id), ["stop"])
			}, [H("circle", {
				cx: 53,
				cy: "0",
				r: "5.5"
			}, null, 8, Tf), H("text", {
				x: 53,
				y: "3.5"
			}, D(e.hidden ? "+" : "−"), 9, Ef)], 8, wf)) : W("", !0),
			e.hidden ? (B(), V("text", {
				key: 2,
				x: 62,
				y: "4",
				class: "tg-tree__hidden"
			}, "+" + D(e.hidden), 9, Df)) : W("", !0),
			e.result === void 0 ? W("", !0) : (B(), V("text", {
				key: 3,
				x: Af / 2 + (e.childCount ? 16 : 4),
				y: "-7",
				class: "tg-tree__result"
			}, "#" + D(e.result + 1), 9, Of)),
			e.ended && e.result === void 0 && b.value ? (B(), V("text", {
				key: 4,
				x: 50,
				y: "4",
				class: "tg-tree__hidden"
			}, "end", 8, kf)) : W("", !0)
		], 10, xf))), 128))], 64))], 512)], 10, _f))], 512)]));
	}
}), [["__scopeId", "data-v-7ad1e788"]]), Rf = ["data-ready"], zf = {
	key: 0,
	class: "tg-app__error",
	role: "alert"
}, Bf = {
	key: 1,
	class: "tg-app__loading"
}, Vf = { class: "tg-app__main" }, Hf = { class: "tg-app__left" }, Uf = {
	class: "tg-app__tabs tg-noprint",
	role: "tablist"
}, Wf = ["aria-selected"], Gf = ["aria-selected"], Kf = ["aria-selected"], qf = { class: "tg-app__hint" }, Jf = { class: "tg-app__right" }, Yf = /*#__PURE__*/ qc(/* @__PURE__ */ Jn({
	__name: "TgApp",
	setup(e) {
		let t = Ln(uc, !1), n = Ln(Ys, null), r = G(() => Vs.value ? n : null);
		t || (tc(), rc());
		let i = G(() => rs.value !== null), a = I(i, (e) => {
			e && (t || lc(), a());
		});
		return (e, n) => (B(), V("div", {
			class: E(["tg-app", { "tg-app--embedded": P(t) }]),
			"data-ready": i.value ? "true" : "false"
		}, [P(ss) ? (B(), V("div", zf, "Cannot show this trace: " + D(P(ss)), 1)) : i.value ? (B(), V(z, { key: 2 }, [
			xi(Ol),
			r.value ? (B(), gi(cr(r.value.bar), { key: 0 })) : W("", !0),
			H("main", Vf, [H("section", Hf, [
				P(gs) ? (B(), gi(Zl, {
					key: 0,
					class: "tg-app__live"
				})) : W("", !0),
				H("div", Uf, [
					H("button", {
						role: "tab",
						"aria-selected": P(fs) === "text",
						class: E({ on: P(fs) === "text" }),
						"data-testid": "tab-text",
						onClick: n[0] ||= (e) => fs.value = "text"
					}, "Text", 10, Wf),
					H("button", {
						role: "tab",
						"aria-selected": P(fs) === "tree",
						class: E({ on: P(fs) === "tree" }),
						"data-testid": "tab-tree",
						onClick: n[1] ||= (e) => fs.value = "tree"
					}, "Tree", 10, Gf),
					H("button", {
						role: "tab",
						"aria-selected": P(fs) === "outline",
						class: E({ on: P(fs) === "outline" }),
						"data-testid": "tab-outline",
						onClick: n[2] ||= (e) => fs.value = "outline"
					}, "Outline", 10, Kf),
					H("span", qf, [n[3] ||= U("← → step · ↑ ↓ candidates · Enter follow", -1), r.value ? (B(), V(z, { key: 0 }, [U(" · N next largest divergence")], 64)) : W("", !0)])
				]),
				P(fs) === "text" ? (B(), gi(wd, {
					key: 1,
					class: "tg-app__view"
				})) : P(fs) === "tree" ? (B(), gi(Lf, {
					key: 2,
					class: "tg-app__view"
				})) : (B(), gi(Ru, {
					key: 3,
					class: "tg-app__view"
				})),
				r.value ? (B(), gi(cr(r.value.strip), {
					key: 4,
					class: "tg-app__strip"
				})) : (B(), gi(ud, {
					key: 5,
					class: "tg-app__strip"
				})),
				r.value ? (B(), gi(cr(r.value.legend), {
					key: 6,
					class: "tg-app__legend"
				})) : (B(), gi(Bl, {
					key: 7,
					class: "tg-app__legend"
				})),
				xi(td, { class: "tg-app__results" })
			]), H("aside", Jf, [r.value ? (B(), gi(cr(r.value.distribution), {
				key: 0,
				class: "tg-app__distribution"
			})) : (B(), gi(Jc, {
				key: 1,
				class: "tg-app__distribution"
			})), xi(xu, { class: "tg-app__meta" })])])
		], 64)) : (B(), V("div", Bf, "Loading trace…"))], 10, Rf));
	}
}), [["__scopeId", "data-v-9b384d33"]]);
function Xf(e) {
	let t = e.version;
	if (typeof t == "number" && t > 3) throw new uo(`trace format version ${t} is newer than this viewer reads (up to 3); upgrade tracegen`);
}
// src/source/static.ts
var Zf = class e {
	trace;
	fileName;
	pair;
	mode = "static";
	constructor(e, t = null, n = null) {
		this.trace = e, this.fileName = t, this.pair = n;
	}
	static fromElement(t, n = null, r = null) {
		return new e(JSON.parse(t.textContent ?? ""), n, r);
	}
	async comparison() {
		return this.pair;
	}
	async load() {
		return this.trace;
	}
	readOnly() {
		throw new uo("this is an exported trace; run `tracegen serve` to explore further");
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
}, Qf = new TextDecoder();
function $f(e) {
	if (!(e instanceof DataView || e instanceof ArrayBuffer || ArrayBuffer.isView(e))) throw new uo("the widget carries no trace");
	return JSON.parse(Qf.decode(e));
}
var ep = class {
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
		for (let { reject: e } of this.pending.values()) e(new uo("the widget was closed"));
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
		r && (this.pending.delete(n.id), n.error === void 0 ? r.resolve(t.length ? t[0] : n.reply) : r.reject(new uo(`${n.status ?? 500}: ${n.error}`)));
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
				this.pending.delete(n), i(new uo(`cannot reach the kernel (${e.message})`));
			}
		});
	}
	async load() {
		return $f(await this.request("trace"));
	}
	expand(e, t, n) {
		return n < 0 ? Promise.reject(new uo(`token ${n} is text only: it has no id to feed the model`)) : this.request("expand", {
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
}, tp = ".tg-distribution[data-v-930444bb]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;padding:12px 12px 8px}.tg-distribution__head[data-v-930444bb]{flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:8px;display:flex}h2[data-v-930444bb]{text-transform:uppercase;letter-spacing:.5px;color:var(--fg-soft);margin:0;font-size:13px}.tg-distribution__chosen[data-v-930444bb]{align-items:baseline;gap:6px;font-size:13px;display:flex}.tg-distribution__faint[data-v-930444bb]{color:var(--fg-faint)}.tg-distribution__stats[data-v-930444bb]{flex-wrap:wrap;gap:4px 18px;margin:8px 0 10px;display:flex}.tg-distribution__stats div[data-v-930444bb]{flex-direction:column;display:flex}.tg-distribution__stats dt[data-v-930444bb]{color:var(--fg-faint);font-size:11px}.tg-distribution__stats dd[data-v-930444bb]{margin:0;font-weight:600}.tg-distribution__stats .tg-distribution__faint[data-v-930444bb]{font-weight:400}.tg-distribution__tok.tg-unmapped[data-v-930444bb]{text-underline-offset:2px}.tg-distribution__cols[data-v-930444bb],.tg-distribution__row[data-v-930444bb]{grid-template-columns:34px minmax(70px,1.1fr) 1.6fr 62px 14px;align-items:center;gap:8px;display:grid}.tg-distribution__cols[data-v-930444bb]{color:var(--fg-faint);border-bottom:1px solid var(--border);padding:0 6px 3px;font-size:11px}.r[data-v-930444bb]{text-align:right}.tg-distribution__rows[data-v-930444bb]{max-height:460px;margin:0;padding:2px 0;list-style:none;overflow:auto}.tg-distribution__row[data-v-930444bb]{border-radius:5px;padding:2px 6px;font-size:13px}.tg-distribution__row--action[data-v-930444bb]{cursor:pointer}.tg-distribution__row--action[data-v-930444bb]:hover{background:var(--bg-soft)}.tg-distribution__row--chosen[data-v-930444bb]{background:var(--accent-soft);font-weight:600}.tg-distribution__row--chosen[data-v-930444bb]:hover{background:var(--accent-soft)}.tg-distribution__row--focus[data-v-930444bb]{box-shadow:inset 0 0 0 1.5px var(--accent)}.tg-distribution__row--pruned[data-v-930444bb]{opacity:.6}.tg-distribution__rank[data-v-930444bb]{color:var(--fg-faint);font-size:12px}.tg-distribution__tok[data-v-930444bb]{white-space:pre;text-overflow:ellipsis;background:var(--bg-soft);unicode-bidi:isolate;border-radius:3px;justify-self:start;max-width:100%;padding:0 4px;overflow:hidden}.tg-distribution__tok--special[data-v-930444bb]{border:1px dashed var(--fg-faint)}.tg-distribution__bar[data-v-930444bb]{background:var(--bg-soft);border-radius:3px;height:16px;position:relative;overflow:hidden}.tg-distribution__bar span[data-v-930444bb]{background:var(--bar);border-radius:3px;position:absolute;inset:0 auto 0 0}.tg-distribution__row--chosen .tg-distribution__bar span[data-v-930444bb]{background:var(--bar-chosen)}.tg-distribution__bar em[data-v-930444bb]{color:var(--fg);font-size:11.5px;font-style:normal;line-height:16px;position:absolute;top:0;left:6px}.tg-distribution__lp[data-v-930444bb]{color:var(--fg-soft);font-size:12px}.tg-distribution__rest[data-v-930444bb]{color:var(--fg-soft);font-style:italic}.tg-distribution__rest .tg-distribution__bar span[data-v-930444bb]{background:repeating-linear-gradient(45deg, var(--bar) 0 3px, transparent 3px 6px)}.tg-distribution__rest-note[data-v-930444bb]{white-space:nowrap;grid-column:span 2;font-size:11.5px}.tg-distribution__mark[data-v-930444bb]{color:var(--accent);font-weight:700}.tg-distribution__empty[data-v-930444bb],.tg-distribution__outside[data-v-930444bb],.tg-distribution__foot[data-v-930444bb],.tg-distribution__note[data-v-930444bb]{color:var(--fg-soft);font-size:12px}.tg-distribution__note[data-v-930444bb]{margin:6px 0 0}.tg-distribution__more[data-v-930444bb]{color:var(--fg-faint);align-items:center;gap:10px;padding:4px 6px;font-size:12px;display:flex}.tg-distribution__more button[data-v-930444bb]{padding:1px 8px;font-size:12px}.tg-distribution__notice[data-v-930444bb]{border:1px solid var(--warn);color:var(--fg);background:var(--bg-soft);border-radius:6px;margin-top:8px;padding:6px 8px;font-size:12px}.tg-distribution__empty[data-v-930444bb]{padding:16px 4px}.tg-distribution__foot[data-v-930444bb]{color:var(--fg-faint);margin:6px 2px 2px}@media print{.tg-distribution__rows[data-v-930444bb]{max-height:none}}.tg-figure[data-v-b182ebc5]{position:relative}.tg-figure__pop[data-v-b182ebc5]{z-index:10;background:var(--bg-panel);border:1px solid var(--border);border-radius:8px;flex-direction:column;gap:8px;width:min(560px,92vw);padding:10px 12px;font-size:13px;display:flex;position:absolute;top:calc(100% + 6px);right:0;box-shadow:0 8px 24px #00000026}.tg-figure__row[data-v-b182ebc5]{align-items:center;gap:12px;display:flex}.tg-figure__row label[data-v-b182ebc5]{color:var(--fg-soft);align-items:center;gap:6px;display:flex}.tg-figure__close[data-v-b182ebc5]{border:none;margin-left:auto;padding:0 6px;font-size:16px}.tg-figure__hint[data-v-b182ebc5]{color:var(--fg-soft);margin:0;font-size:12px}.tg-figure__cmd[data-v-b182ebc5]{align-items:flex-start;gap:8px;display:flex}.tg-figure__cmd code[data-v-b182ebc5]{font:12px/1.5 var(--mono);background:var(--bg-soft);border:1px solid var(--border);overflow-wrap:anywhere;-webkit-user-select:all;user-select:all;border-radius:6px;flex:1;padding:6px 8px}.tg-figure__download[data-v-b182ebc5]{color:var(--accent)}.tg-search[data-v-95d430b7]{flex:0 260px;position:relative}.tg-search input[data-v-95d430b7]{width:100%}.tg-search__pop[data-v-95d430b7]{z-index:10;background:var(--bg-panel);border:1px solid var(--border);border-radius:8px;width:420px;max-height:360px;padding:4px;position:absolute;top:calc(100% + 4px);left:0;overflow:auto;box-shadow:0 8px 24px #00000026}.tg-search__count[data-v-95d430b7]{color:var(--fg-faint);padding:2px 6px 4px;font-size:11px}.tg-search__hit[data-v-95d430b7]{text-align:left;background:0 0;border:none;border-radius:5px;align-items:baseline;gap:2px;width:100%;padding:3px 6px;display:flex}.tg-search__hit[data-v-95d430b7]:hover{background:var(--bg-soft)}.tg-search__ctx[data-v-95d430b7]{color:var(--fg-faint);white-space:pre;text-overflow:ellipsis;unicode-bidi:isolate;max-width:220px;font-size:12px;overflow:hidden}.tg-search__tok[data-v-95d430b7]{background:var(--accent-soft);white-space:pre;unicode-bidi:isolate;border-radius:3px;padding:0 3px}.tg-search__depth[data-v-95d430b7]{color:var(--fg-faint);margin-left:auto;font-size:11px}.tg-header[data-v-731d5c21]{border-bottom:1px solid var(--border);background:var(--bg-soft);z-index:5;flex-wrap:wrap;align-items:center;gap:16px;padding:8px 18px;display:flex;position:sticky;top:0}.tg-header__brand[data-v-731d5c21]{letter-spacing:.2px;white-space:nowrap;font-weight:700}.tg-header__logo[data-v-731d5c21]{color:var(--accent)}.tg-header__run[data-v-731d5c21]{color:var(--fg-soft);flex:0 460px;align-items:center;gap:6px;min-width:0;display:flex}.tg-header__run select[data-v-731d5c21]{min-width:0;color:var(--fg);flex:1}.tg-header__tools[data-v-731d5c21]{align-items:center;gap:10px;margin-left:auto;display:flex}.tg-header__toggle[data-v-731d5c21]{color:var(--fg-soft);white-space:nowrap;align-items:center;gap:4px;font-size:13px;display:flex}@media print{.tg-header[data-v-731d5c21]{background:0 0;position:static}}.tg-legend[data-v-94afe785]{color:var(--fg-soft);flex-direction:column;gap:6px;font-size:12px;display:flex}.tg-legend__scale[data-v-94afe785]{flex-wrap:wrap;align-items:center;gap:6px 14px;display:flex}.tg-legend__switch[data-v-94afe785]{align-items:center;gap:2px;display:inline-flex}.tg-legend__switch>span[data-v-94afe785]{margin-right:6px}.tg-legend__switch button[data-v-94afe785]{border-radius:0;padding:1px 8px;font-size:12px}.tg-legend__switch button[data-v-94afe785]:first-of-type{border-radius:6px 0 0 6px}.tg-legend__switch button[data-v-94afe785]:last-child{border-radius:0 6px 6px 0}.tg-legend__switch button.on[data-v-94afe785]{background:var(--accent-soft);border-color:var(--accent);color:var(--accent);font-weight:600}.tg-legend__bar-wrap[data-v-94afe785]{flex-direction:column;width:220px;padding:0 10px;display:inline-flex}.tg-legend__bar[data-v-94afe785]{border:1px solid var(--border);border-radius:3px;height:12px}.tg-legend__ticks[data-v-94afe785]{height:13px;font:10px/13px var(--sans);position:relative}.tg-legend__ticks span[data-v-94afe785]{white-space:nowrap;position:absolute;transform:translate(-50%)}.tg-legend__unit[data-v-94afe785]{color:var(--fg-faint)}.tg-legend__items[data-v-94afe785]{flex-wrap:wrap;align-items:center;gap:4px 14px;display:flex}.tg-legend__title[data-v-94afe785]{color:var(--fg-soft)}.tg-legend__item[data-v-94afe785]{align-items:center;gap:5px;display:inline-flex}.tg-legend__swatch[data-v-94afe785]{border:1px solid var(--border);border-radius:3px;width:16px;height:12px;display:inline-block}.tg-legend__hatch[data-v-94afe785]{background:repeating-linear-gradient(45deg, var(--fg-faint) 0 1px, transparent 1px 4px)}.tg-legend__dotted[data-v-94afe785]{text-underline-offset:3px;font-family:var(--mono);-webkit-text-decoration:underline dotted;text-decoration:underline dotted}.tg-legend__prompt[data-v-94afe785]{background:var(--prompt-bg);color:var(--prompt-fg);font-family:var(--mono);border-radius:3px;padding:0 3px}.tg-live[data-v-d68197df]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;flex-direction:column;gap:8px;padding:10px 12px;font-size:13px;display:flex}.tg-live__row[data-v-d68197df]{flex-wrap:wrap;align-items:center;gap:8px;display:flex}.tg-live__row textarea[data-v-d68197df]{resize:vertical;min-width:200px;font-family:var(--mono);flex:1}.tg-live__col[data-v-d68197df]{flex-direction:column;gap:4px;display:flex}.tg-live__continue input[type=number][data-v-d68197df]{width:70px}.tg-live__continue input[type=text][data-v-d68197df]{width:80px}.tg-live__links[data-v-d68197df]{gap:10px;margin-left:auto;display:flex}.tg-live__links a[data-v-d68197df]{color:var(--accent)}.tg-live__error[data-v-d68197df]{color:var(--error)}.tg-live__busy[data-v-d68197df]{color:var(--fg-faint)}.tg-meta[data-v-c4062741]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;padding:12px;font-size:13px}h2[data-v-c4062741]{text-transform:uppercase;letter-spacing:.5px;color:var(--fg-soft);margin:0 0 6px;font-size:13px}dl[data-v-c4062741]{grid-template-columns:84px 1fr;gap:3px 10px;margin:0;display:grid}dt[data-v-c4062741]{color:var(--fg-faint)}dd[data-v-c4062741]{overflow-wrap:anywhere;margin:0}.tg-meta__faint[data-v-c4062741]{color:var(--fg-faint)}.tg-meta__source[data-v-c4062741]{font-size:12px;display:block}.tg-meta__text[data-v-c4062741],.tg-meta__param[data-v-c4062741]{unicode-bidi:isolate}.tg-meta__warn[data-v-c4062741]{color:var(--warn)}.tg-meta__param[data-v-c4062741]{font-family:var(--mono);color:var(--fg-soft);margin-left:8px;font-size:12px}.tg-outline[data-v-fb49707d]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;overflow:hidden}.tg-outline__bar[data-v-fb49707d]{color:var(--fg-faint);border-bottom:1px solid var(--border);align-items:center;gap:8px;padding:6px 10px;font-size:12px;display:flex}.tg-outline__bar span[data-v-fb49707d]{margin-right:auto}.tg-outline__bar button[data-v-fb49707d]{padding:1px 8px;font-size:12px}.tg-outline__scroll[data-v-fb49707d]{max-height:60vh;overflow:auto}.tg-outline__row[data-v-fb49707d]{white-space:nowrap;border-left:3px solid #0000;align-items:center;gap:6px;height:26px;display:flex}.tg-outline__row--path[data-v-fb49707d]{border-left-color:var(--accent);background:linear-gradient(90deg, var(--accent-soft), transparent 60%)}.tg-outline__row--pruned[data-v-fb49707d]{opacity:.45}.tg-outline__toggle[data-v-fb49707d]{width:20px;height:20px;color:var(--fg-soft);text-align:center;background:0 0;border:none;flex:none;padding:0}.tg-outline__toggle--none[data-v-fb49707d]{color:var(--fg-faint);line-height:20px}.tg-outline__tokens[data-v-fb49707d]{text-overflow:ellipsis;min-width:0;font:13px var(--mono);flex:1;overflow:hidden}.tg-outline__tok[data-v-fb49707d]{cursor:pointer;white-space:pre;unicode-bidi:isolate;border-radius:2px;margin-right:1px;padding:0 1px}.tg-outline__tok--sel[data-v-fb49707d]{outline:2px solid var(--sel)}.tg-outline__more[data-v-fb49707d]{color:var(--fg-faint);margin-left:4px;font-size:11px}.tg-outline__info[data-v-fb49707d]{color:var(--fg-faint);flex:none;gap:8px;padding-right:10px;font-size:11px;display:flex}.tg-outline__result[data-v-fb49707d]{color:var(--accent);font-weight:700}.tg-results[data-v-1a954286]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;padding:12px}h2[data-v-1a954286]{text-transform:uppercase;letter-spacing:.5px;color:var(--fg-soft);margin:0 0 6px;font-size:13px}h2 span[data-v-1a954286]{text-transform:none;letter-spacing:0;color:var(--fg-faint);font-weight:400}.tg-results__stopped[data-v-1a954286]{border-left:3px solid var(--warn);background:var(--bg-soft);margin:0 0 6px;padding:4px 8px;font-size:12px}.tg-results__order[data-v-1a954286]{color:var(--fg-soft);align-items:center;gap:2px;font-size:12px;display:flex}.tg-results__order>span[data-v-1a954286]{margin-right:6px}.tg-results__order button[data-v-1a954286]{border-radius:0;padding:1px 8px;font-size:12px}.tg-results__order button[data-v-1a954286]:first-of-type{border-radius:6px 0 0 6px}.tg-results__order button[data-v-1a954286]:last-child{border-radius:0 6px 6px 0}.tg-results__order button.on[data-v-1a954286]{background:var(--accent-soft);border-color:var(--accent);color:var(--accent);font-weight:600}.tg-results__explain[data-v-1a954286]{color:var(--fg-faint);margin:6px 0;font-size:11.5px}ol[data-v-1a954286]{margin:0;padding:0;list-style:none}li[data-v-1a954286]{cursor:pointer;border-radius:6px;grid-template-columns:32px 1fr;gap:2px 6px;padding:5px 6px;display:grid}li[data-v-1a954286]:hover{background:var(--bg-soft)}.tg-results__item--on[data-v-1a954286]{background:var(--accent-soft)}.tg-results__rank[data-v-1a954286]{color:var(--accent);grid-row:span 2;font-weight:700}.tg-results__text[data-v-1a954286]{font:13px/1.35 var(--mono);white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:isolate}.tg-results__nums[data-v-1a954286]{color:var(--fg-soft);flex-wrap:wrap;gap:2px 12px;font-size:11.5px;display:flex}.tg-results__all[data-v-1a954286]{margin-top:6px;font-size:12px}.tg-strip[data-v-b3f92cd1]{align-items:stretch;gap:6px;display:flex}.tg-strip__axis[data-v-b3f92cd1]{font:9px/1 var(--mono);color:var(--fg-faint);flex-direction:column;gap:3px;padding:5px 0;display:flex}.tg-strip__axis-row[data-v-b3f92cd1]{align-items:center;gap:3px;display:flex}.tg-strip__axis-p[data-v-b3f92cd1]{height:28px}.tg-strip__axis-h[data-v-b3f92cd1]{height:20px}.tg-strip__axis b[data-v-b3f92cd1]{color:var(--fg-soft);width:9px;font-size:11px}.tg-strip__ticks[data-v-b3f92cd1]{text-align:right;flex-direction:column;justify-content:space-between;min-width:14px;height:100%;display:flex}.tg-strip__cols[data-v-b3f92cd1]{border:1px solid var(--border);background:var(--bg-panel);border-radius:8px;flex:1;gap:1px;padding:4px;display:flex;overflow-x:auto}.tg-strip__col[data-v-b3f92cd1]{cursor:pointer;border-radius:2px;flex-direction:column;flex:1 0 3px;gap:3px;max-width:22px;display:flex}.tg-strip__col[data-v-b3f92cd1]:hover{background:var(--bg-soft)}.tg-strip__col--sel[data-v-b3f92cd1]{background:var(--accent-soft);box-shadow:0 0 0 1px var(--accent)}.tg-strip__p[data-v-b3f92cd1],.tg-strip__h[data-v-b3f92cd1]{height:28px;display:flex}.tg-strip__p[data-v-b3f92cd1]{border-bottom:1px solid var(--border);align-items:flex-end}.tg-strip__h[data-v-b3f92cd1]{align-items:flex-start;height:20px}.tg-strip__bar[data-v-b3f92cd1]{border-radius:1px;width:100%}.tg-strip__bar--unknown[data-v-b3f92cd1]{background:repeating-linear-gradient(45deg, var(--fg-faint) 0 1px, transparent 1px 4px);opacity:.8}.tg-text[data-v-0f45afb4]{flex-direction:column;gap:6px;display:flex}.tg-text__box[data-v-0f45afb4]{font:15px/1.9 var(--mono);white-space:pre-wrap;overflow-wrap:anywhere;background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;max-height:62vh;padding:14px 16px;overflow:auto}.tg-text__metrics[data-v-0f45afb4]{color:var(--fg-soft);flex-wrap:wrap;gap:2px 14px;padding:0 4px;font-size:12px;display:flex}.tg-text__metrics b[data-v-0f45afb4]{color:var(--fg);font-weight:600}.tg-text__metrics-what[data-v-0f45afb4]{color:var(--fg-faint)}.tg-text__prompt[data-v-0f45afb4],.tg-text__tok[data-v-0f45afb4]{unicode-bidi:isolate}.tg-text__prompt[data-v-0f45afb4]{color:var(--prompt-fg);background:var(--prompt-bg);-webkit-box-decoration-break:clone;box-decoration-break:clone;border-radius:4px;padding:2px 0}.tg-text__tok[data-v-0f45afb4]{cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone;border-radius:3px;margin:0 .5px;padding:1px 0;position:relative}.tg-text__tok[data-v-0f45afb4]:hover{outline:1px solid var(--fg-faint)}.tg-text__tok--sel[data-v-0f45afb4]{outline-offset:1px;outline:2px solid var(--sel)!important}.tg-text__tok--unknown[data-v-0f45afb4]{outline:1px dashed var(--fg-faint)}.tg-text__tok--bound[data-v-0f45afb4]{outline:1px dashed var(--fg-soft);background-image:repeating-linear-gradient(135deg,#ffffffd9 0 1.5px,#00000059 1.5px 3px);background-position:0 100%;background-repeat:repeat-x;background-size:100% 5px}.tg-text__tok--hit[data-v-0f45afb4]{box-shadow:0 0 0 2px var(--hit)}.tg-text__tok--branch[data-v-0f45afb4]{-webkit-text-decoration:underline dotted var(--fg-soft);text-decoration:underline dotted var(--fg-soft);text-underline-offset:4px}.tg-text__tok--joined[data-v-0f45afb4]{box-shadow:inset 0 -2px 0 var(--accent)}.tg-text__tok--pruned[data-v-0f45afb4]{opacity:.55}.tg-text__tok--special[data-v-0f45afb4]{border:1px dashed var(--fg-faint);padding:0 3px;font-size:12px}.tg-text__tok--nl[data-v-0f45afb4]:before{content:\"↵\";opacity:.35;font-size:12px}.tg-text__tok.tg-unmapped[data-v-0f45afb4]{-webkit-text-decoration:underline wavy var(--warn) 1px;text-decoration:underline wavy var(--warn) 1px}.tg-text__noprompt[data-v-0f45afb4]{color:var(--fg-faint);font:italic 12px var(--sans)}.tg-text__tok--hidden[data-v-0f45afb4]{vertical-align:middle;width:6px;height:1em;display:inline-block}.tg-text--invisible .tg-text__tok[data-v-0f45afb4]{border-right:1px solid var(--fg-faint)}.tg-text__next[data-v-0f45afb4]{cursor:pointer;color:var(--accent);border-radius:3px;padding:0 4px}.tg-text__badge[data-v-0f45afb4]{font:11px/1 var(--sans);border:1px solid var(--border);color:var(--fg-soft);vertical-align:middle;white-space:nowrap;border-radius:10px;margin-left:6px;padding:3px 6px}.tg-text__badge--result[data-v-0f45afb4]{color:var(--accent);border-color:var(--accent)}.tg-text__badge--pruned[data-v-0f45afb4]{color:var(--fg-faint)}@media print{.tg-text__box[data-v-0f45afb4]{border:none;max-height:none;overflow:visible}}.tg-tree[data-v-7ad1e788]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;overflow:hidden}.tg-tree__bar[data-v-7ad1e788]{color:var(--fg-faint);border-bottom:1px solid var(--border);align-items:center;gap:6px;padding:6px 10px;font-size:12px;display:flex}.tg-tree__bar span[data-v-7ad1e788]{margin-right:auto}.tg-tree__bar button[data-v-7ad1e788]{min-width:26px;padding:1px 8px;font-size:12px}.tg-tree__box[data-v-7ad1e788]{cursor:grab;touch-action:none;-webkit-user-select:none;user-select:none;height:min(62vh,640px);min-height:300px;position:relative;overflow:hidden}.tg-tree__box[data-v-7ad1e788]:active{cursor:grabbing}.tg-tree__svg[data-v-7ad1e788]{width:200%;height:200%;display:block;position:absolute;top:-50%;left:-50%}.tg-tree__svg--coarse[data-v-7ad1e788]{will-change:transform}.tg-tree__edge[data-v-7ad1e788]{fill:none;stroke:var(--fg-faint);stroke-opacity:.7}.tg-tree__edge--path[data-v-7ad1e788]{stroke:var(--accent);stroke-opacity:1}.tg-tree__edge--pruned[data-v-7ad1e788]{stroke-opacity:.25}.tg-tree__svg--coarse .tg-tree__edge[data-v-7ad1e788]{stroke-width:1.5px;vector-effect:non-scaling-stroke}.tg-tree__node[data-v-7ad1e788]{cursor:pointer}.tg-tree__box-rect[data-v-7ad1e788]{stroke:var(--border);stroke-width:1px}.tg-tree__node--path .tg-tree__box-rect[data-v-7ad1e788]{stroke:var(--accent);stroke-width:1.5px}.tg-tree__node--sel .tg-tree__box-rect[data-v-7ad1e788]{stroke:var(--sel);stroke-width:3px}.tg-tree__node--pruned[data-v-7ad1e788]{opacity:.35}.tg-tree__node--root .tg-tree__box-rect[data-v-7ad1e788]{fill:var(--prompt-bg)}.tg-tree__node--root .tg-tree__label[data-v-7ad1e788]{fill:var(--prompt-fg);font-style:italic}.tg-tree__node:hover .tg-tree__box-rect[data-v-7ad1e788]{stroke:var(--fg-soft);stroke-width:2px}.tg-tree__label[data-v-7ad1e788]{font:11px var(--mono);white-space:pre;pointer-events:none;unicode-bidi:isolate}.tg-tree__knob circle[data-v-7ad1e788]{fill:var(--bg-panel);stroke:var(--fg-faint)}.tg-tree__knob text[data-v-7ad1e788]{font:bold 10px var(--sans);text-anchor:middle;fill:var(--fg-soft);pointer-events:none}.tg-tree__knob:hover circle[data-v-7ad1e788]{stroke:var(--accent)}.tg-tree__hidden[data-v-7ad1e788]{font:10px var(--sans);fill:var(--fg-faint)}.tg-tree__result[data-v-7ad1e788]{font:bold 10px var(--sans);fill:var(--accent)}.tg-tree__coarse-box[data-v-7ad1e788]{stroke:none}.tg-tree__box-rect--bound[data-v-7ad1e788]{stroke:var(--fg-soft);stroke-dasharray:3 2}@media print{.tg-tree__box[data-v-7ad1e788]{height:60vh}}.tg-app[data-v-9b384d33]{flex-direction:column;min-height:100vh;display:flex}.tg-app--embedded[data-v-9b384d33]{min-height:100%}.tg-app__main[data-v-9b384d33]{flex:1;grid-template-columns:minmax(0,1fr) minmax(320px,420px);align-items:start;gap:16px;padding:14px 18px 24px;display:grid}.tg-app__left[data-v-9b384d33],.tg-app__right[data-v-9b384d33]{flex-direction:column;gap:12px;min-width:0;display:flex}.tg-app__right[data-v-9b384d33]{max-height:calc(100vh - 64px);position:sticky;top:56px;overflow:auto}.tg-app--embedded[data-v-9b384d33] .tg-header{position:static}.tg-app--embedded .tg-app__right[data-v-9b384d33]{max-height:calc(var(--tg-box-height,100vh) - 16px);top:8px}.tg-app__tabs[data-v-9b384d33]{align-items:center;gap:4px;display:flex}.tg-app__tabs button[data-v-9b384d33]{border-radius:6px;padding:2px 12px}.tg-app__tabs button.on[data-v-9b384d33]{background:var(--accent-soft);border-color:var(--accent);color:var(--accent);font-weight:600}.tg-app__hint[data-v-9b384d33]{color:var(--fg-faint);margin-left:auto;font-size:12px}.tg-app__error[data-v-9b384d33],.tg-app__loading[data-v-9b384d33]{color:var(--fg-soft);padding:40px}.tg-app__error[data-v-9b384d33]{color:var(--error)}@media (max-width:900px){.tg-app__main[data-v-9b384d33]{flex-direction:column;align-items:stretch;gap:12px;display:flex}.tg-app__left[data-v-9b384d33],.tg-app__right[data-v-9b384d33]{display:contents}.tg-app__live[data-v-9b384d33]{order:1}.tg-app__tabs[data-v-9b384d33]{order:2}.tg-app__view[data-v-9b384d33]{order:3}.tg-app__distribution[data-v-9b384d33]{order:4}.tg-app__strip[data-v-9b384d33]{order:5}.tg-app__legend[data-v-9b384d33]{order:6}.tg-app__results[data-v-9b384d33]{order:7}.tg-app__meta[data-v-9b384d33]{order:8}}@media print{.tg-app__main[data-v-9b384d33]{display:block}.tg-app__right[data-v-9b384d33]{max-height:none;margin-top:16px;position:static;overflow:visible}}:host{--bg:#fff;--bg-soft:#f6f7f9;--bg-panel:#fff;--fg:#1d2127;--fg-soft:#5b6472;--fg-faint:#8b94a3;--border:#dfe3e8;--accent:#2f6fde;--accent-soft:#e6eefc;--sel:#1d2127;--prompt-bg:#eef0f3;--prompt-fg:#4b5361;--bar:#8fb3ef;--bar-chosen:#86aef2;--warn:#d9480f;--error:#c92a2a;--hit:#f59f00;--mono:ui-monospace, \"SF Mono\", \"Cascadia Code\", \"DejaVu Sans Mono\", Menlo, Consolas, monospace;--sans:system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"Helvetica Neue\", Arial, sans-serif;--lightningcss-light:initial;--lightningcss-dark: ;color-scheme:light dark}@media (prefers-color-scheme:dark){:host{--lightningcss-light: ;--lightningcss-dark:initial;--bg:#15181d;--bg-soft:#1c2027;--bg-panel:#1a1e24;--fg:#e4e7ec;--fg-soft:#a4adbb;--fg-faint:#6f7886;--border:#2d333c;--accent:#6d9ef5;--accent-soft:#223252;--sel:#e4e7ec;--prompt-bg:#242932;--prompt-fg:#aab2bf;--bar:#3d5f9a;--bar-chosen:#3f68b3;--warn:#ff8a4c;--error:#ff6b6b}}*{box-sizing:border-box}:host{background:var(--bg);color:var(--fg);font:14px/1.45 var(--sans);margin:0;padding:0}button,input,select,textarea{font:inherit;color:inherit}button{background:var(--bg-panel);border:1px solid var(--border);cursor:pointer;border-radius:6px;padding:3px 10px}button:hover{border-color:var(--accent)}button:disabled{opacity:.5;cursor:default}input,select,textarea{background:var(--bg-panel);border:1px solid var(--border);border-radius:6px;padding:3px 8px}:focus-visible{outline:2px solid var(--accent);outline-offset:1px}.tg-mono{font-family:var(--mono)}.tg-unmapped{-webkit-text-decoration:underline wavy var(--warn) 1px;text-decoration:underline wavy var(--warn) 1px;text-underline-offset:4px;-webkit-text-decoration-skip-ink:none;text-decoration-skip-ink:none}.tg-num{font-variant-numeric:tabular-nums}@media print{:host{--bg:#fff;--bg-soft:#f6f7f9;--bg-panel:#fff;--fg:#000;--fg-soft:#444;--fg-faint:#777;--border:#ccc;--prompt-bg:#eee;--prompt-fg:#444;--sel:#000;--accent-soft:#e6eefc;--bar:#8fb3ef;--bar-chosen:#86aef2;color:#000;background:#fff}.tg-noprint{display:none!important}*{-webkit-print-color-adjust:exact;-moz-print-color-adjust:exact;print-color-adjust:exact}}:host{display:block}.tg-widget{border:1px solid var(--border);background:var(--bg);color:var(--fg);font:14px/1.45 var(--sans);border-radius:8px;overflow:auto}.tg-widget:focus{outline:none}\n/*$vite$:1*/", np = null;
function rp(e, t) {
	return JSON.stringify(e) === JSON.stringify(t);
}
function ip(e) {
	if (!e || typeof e != "object" || typeof e.run != "string") return;
	let t = e;
	typeof t.node == "number" ? rp(t, sc()) || oc(t) : t.run !== K.value && Ts(t.run);
}
async function ap(e) {
	try {
		np = e.get("_live") ? new ep(e) : null;
		let t = np ?? new Zf($f(e.get("_trace_json"))), n = await t.load();
		Xf(n), ws(t, n), ip(e.get("selection")), np?.onChange(zs), e.on("change:selection", () => ip(e.get("selection"))), I([
			K,
			q,
			J
		], () => {
			let t = sc();
			t && !rp(t, e.get("selection")) && (e.set("selection", t), e.save_changes());
		}, { immediate: !0 });
	} catch (e) {
		ss.value = e.message;
	}
}
function op({ model: e }) {
	return ap(e), () => np?.close();
}
function sp({ model: e, el: t }) {
	let n = t.shadowRoot ?? t.attachShadow({ mode: "open" }), r = document.createElement("style");
	r.textContent = tp;
	let i = document.createElement("div");
	i.className = "tg-widget";
	let a = () => {
		i.style.height = `${Number(e.get("height")) || 600}px`, i.style.setProperty("--tg-box-height", i.style.height);
	};
	a(), e.on("change:height", a), i.tabIndex = -1;
	let o = document.createElement("div");
	i.append(o), n.replaceChildren(r, i), t.dataset.lmSuppressShortcuts = "true";
	let s = so(Yf);
	s.provide(uc, !0), s.mount(o);
	let c = (e) => {
		ec(e) && e.stopPropagation();
	};
	return n.addEventListener("keydown", c), () => {
		e.off("change:height", a), n.removeEventListener("keydown", c), s.unmount();
	};
}
var cp = {
	initialize: op,
	render: sp
};
export { cp as default };
