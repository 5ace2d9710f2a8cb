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
}, l = Object.prototype.hasOwnProperty, u = (e, t) => l.call(e, t), d = Array.isArray, f = (e) => x(e) === "[object Map]", p = (e) => x(e) === "[object Set]", m = (e) => x(e) === "[object Date]", h = (e) => typeof e == "function", g = (e) => typeof e == "string", _ = (e) => typeof e == "symbol", v = (e) => typeof e == "object" && !!e, y = (e) => (v(e) || h(e)) && h(e.then) && h(e.catch), b = Object.prototype.toString, x = (e) => b.call(e), ee = (e) => x(e).slice(8, -1), S = (e) => x(e) === "[object Object]", te = (e) => g(e) && e !== "NaN" && e[0] !== "-" && "" + parseInt(e, 10) === e, ne = /* @__PURE__ */ e(",key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted"), re = (e) => {
	let t = /* @__PURE__ */ Object.create(null);
	return ((n) => t[n] || (t[n] = e(n)));
}, ie = /-\w/g, C = /* @__PURE__ */ re((e) => e.replace(ie, (e) => e.slice(1).toUpperCase())), ae = /\B([A-Z])/g, oe = /* @__PURE__ */ re((e) => e.replace(ae, "-$1").toLowerCase()), se = /* @__PURE__ */ re((e) => e.charAt(0).toUpperCase() + e.slice(1)), ce = /* @__PURE__ */ re((e) => e ? `on${se(e)}` : ""), le = (e, t) => !Object.is(e, t), ue = (e, ...t) => {
	for (let n = 0; n < e.length; n++) e[n](...t);
}, de = (e, t, n, r = !1) => {
	Object.defineProperty(e, t, {
		configurable: !0,
		enumerable: !1,
		writable: r,
		value: n
	});
}, fe = (e) => {
	let t = parseFloat(e);
	return isNaN(t) ? e : t;
}, pe, me = () => pe ||= typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : typeof window < "u" ? window : typeof global < "u" ? global : {};
function w(e) {
	if (d(e)) {
		let t = {};
		for (let n = 0; n < e.length; n++) {
			let r = e[n], i = g(r) ? ve(r) : w(r);
			if (i) for (let e in i) t[e] = i[e];
		}
		return t;
	}
	if (g(e) || v(e)) return e;
}
var he = /;(?![^(]*\))/g, ge = /:([^]+)/, _e = /"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;
function ve(e) {
	let t = {};
	return e.replace(_e, (e) => e.startsWith("/*") ? "" : e).split(he).forEach((e) => {
		if (e) {
			let n = e.split(ge);
			n.length > 1 && (t[n[0].trim()] = n[1].trim());
		}
	}), t;
}
function T(e) {
	let t = "";
	if (g(e)) t = e;
	else if (d(e)) for (let n = 0; n < e.length; n++) {
		let r = T(e[n]);
		r && (t += r + " ");
	}
	else if (v(e)) for (let n in e) e[n] && (t += n + " ");
	return t.trim();
}
var ye = /* @__PURE__ */ e("itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly");
function be(e) {
	return !!e || e === "";
}
function xe(e, t, n) {
	if (e.length !== t.length) return !1;
	let r = !0;
	for (let i = 0; r && i < e.length; i++) r = E(e[i], t[i], n);
	return r;
}
function Se(e, t, n) {
	if (e.size !== t.size) return !1;
	let r = Array.from(t), i = new Uint8Array(r.length);
	for (let t of e) {
		let e = -1;
		for (let a = 0; a < r.length; a++) if (!i[a] && E(t, r[a], n)) {
			e = a;
			break;
		}
		if (e < 0) return !1;
		i[e] = 1;
	}
	return !0;
}
function Ce(e, t, n) {
	let r = f(e), i = f(t);
	if (r || i || (r = p(e), i = p(t), r || i)) return r && i ? Se(e, t, n) : !1;
	if (Object.keys(e).length !== Object.keys(t).length) return !1;
	for (let r in e) {
		let i = e.hasOwnProperty(r), a = t.hasOwnProperty(r);
		if (i && !a || !i && a || !E(e[r], t[r], n)) return !1;
	}
	return String(e) === String(t);
}
function we(e, t, n, r) {
	n ||= [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
	let [i, a] = n;
	if (i.has(e) || a.has(t)) return i.get(e) === t && a.get(t) === e;
	i.set(e, t), a.set(t, e);
	let o = r(e, t, n);
	return i.delete(e), a.delete(t), o;
}
function E(e, t, n) {
	if (e === t) return !0;
	let r = m(e), i = m(t);
	return r || i ? r && i ? e.getTime() === t.getTime() : !1 : (r = _(e), i = _(t), r || i ? e === t : (r = d(e), i = d(t), r || i ? r && i ? we(e, t, n, xe) : !1 : (r = v(e), i = v(t), r || i ? !r || !i ? !1 : we(e, t, n, Ce) : String(e) === String(t))));
}
function Te(e, t) {
	return e.findIndex((e) => E(e, t));
}
var Ee = (e) => !!(e && e.__v_isRef === !0), D = (e) => g(e) ? e : e == null ? "" : d(e) || v(e) && (e.toString === b || !h(e.toString)) ? Ee(e) ? D(e.value) : JSON.stringify(e, De, 2) : String(e), De = (e, t) => Ee(t) ? De(e, t.value) : f(t) ? { [`Map(${t.size})`]: [...t.entries()].reduce((e, [t, n], r) => (e[Oe(t, r) + " =>"] = n, e), {}) } : p(t) ? { [`Set(${t.size})`]: [...t.values()].map((e) => Oe(e)) } : _(t) ? Oe(t) : v(t) && !d(t) && !S(t) ? String(t) : t, Oe = (e, t = "") => _(e) ? `Symbol(${e.description ?? t})` : e, O, ke = class {
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
		(t.version === 0 || le(n, e._value)) && (e.flags |= 128, e._value = n, t.version++);
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
		let i = d(e), a = i && te(n);
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
	let t = /* @__PURE__ */ M(e);
	return t === e || (A(t, "iterate", rt), /* @__PURE__ */ j(e)) ? t : /* @__PURE__ */ Wt(e) ? /* @__PURE__ */ Ut(e) ? t.map((e) => Jt(qt(e))) : t.map(Jt) : t.map(qt);
}
function ot(e) {
	return A(e = /* @__PURE__ */ M(e), "iterate", rt), e;
}
function st(e, t) {
	return /* @__PURE__ */ Wt(e) ? Jt(/* @__PURE__ */ Ut(e) ? qt(t) : t) : qt(t);
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
	if (r !== e && !/* @__PURE__ */ j(e)) {
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
	let o = ot(e), s = o !== e && !/* @__PURE__ */ j(e), c = o[t];
	if (c !== dt[t]) {
		let t = c.apply(e, a);
		return s ? qt(t) : t;
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
	let i = ot(e), a = i !== e && !/* @__PURE__ */ j(e), o = n, s = !1;
	i !== e && (a ? (s = r.length === 0, o = function(t, r, i) {
		return s && (s = !1, t = st(e, t)), n.call(this, t, st(e, r), i, e);
	}) : n.length > 3 && (o = function(t, r, i) {
		return n.call(this, t, r, i, e);
	}));
	let c = i[t](o, ...r);
	return s ? st(e, c) : c;
}
function mt(e, t, n) {
	let r = /* @__PURE__ */ M(e);
	A(r, "iterate", rt);
	let i = r[t](...n);
	return (i === -1 || i === !1) && /* @__PURE__ */ Gt(n[0]) ? (n[0] = /* @__PURE__ */ M(n[0]), r[t](...n)) : i;
}
function ht(e, t, n = []) {
	qe(), Le();
	let r = (/* @__PURE__ */ M(e))[t].apply(e, n);
	return Re(), Je(), r;
}
var gt = /* @__PURE__ */ e("__proto__,__v_isRef,__isVue"), _t = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((e) => e !== "arguments" && e !== "caller").map((e) => Symbol[e]).filter(_));
function vt(e) {
	_(e) || (e = String(e));
	let t = /* @__PURE__ */ M(this);
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
		let o = Reflect.get(e, t, /* @__PURE__ */ N(e) ? e : n);
		if ((_(t) ? _t.has(t) : gt(t)) || (r || A(e, "get", t), i)) return o;
		if (/* @__PURE__ */ N(o)) {
			let e = a && te(t) ? o : o.value;
			return r && v(e) ? /* @__PURE__ */ Vt(e) : e;
		}
		return v(o) ? r ? /* @__PURE__ */ Vt(o) : /* @__PURE__ */ zt(o) : o;
	}
}, bt = class extends yt {
	constructor(e = !1) {
		super(!1, e);
	}
	set(e, t, n, r) {
		let i = e[t], a = d(e) && te(t);
		if (!this._isShallow) {
			let e = /* @__PURE__ */ Wt(i);
			if (!/* @__PURE__ */ j(n) && !/* @__PURE__ */ Wt(n) && (i = /* @__PURE__ */ M(i), n = /* @__PURE__ */ M(n)), !a && /* @__PURE__ */ N(i) && !/* @__PURE__ */ N(n)) return e || (i.value = n), !0;
		}
		let o = a ? Number(t) < e.length : u(e, t), s = Reflect.set(e, t, n, /* @__PURE__ */ N(e) ? e : r);
		return e === /* @__PURE__ */ M(r) && s && (o ? le(n, i) && it(e, "set", t, n, i) : it(e, "add", t, n)), s;
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
		let i = this.__v_raw, a = /* @__PURE__ */ M(i), o = f(a), c = e === "entries" || e === Symbol.iterator && o, l = e === "keys" && o, u = i[e](...r), d = n ? Tt : t ? Jt : qt;
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
			let r = this.__v_raw, i = /* @__PURE__ */ M(r), a = /* @__PURE__ */ M(n);
			e || (le(n, a) && A(i, "get", n), A(i, "get", a));
			let { has: o } = Et(i), s = t ? Tt : e ? Jt : qt;
			if (o.call(i, n)) return s(r.get(n));
			if (o.call(i, a)) return s(r.get(a));
			r !== i && r.get(n);
		},
		get size() {
			let t = this.__v_raw;
			return !e && A(/* @__PURE__ */ M(t), "iterate", tt), t.size;
		},
		has(t) {
			let n = this.__v_raw, r = /* @__PURE__ */ M(n), i = /* @__PURE__ */ M(t);
			return e || (le(t, i) && A(r, "has", t), A(r, "has", i)), t === i ? n.has(t) : n.has(t) || n.has(i);
		},
		forEach(n, r) {
			let i = this, a = i.__v_raw, o = /* @__PURE__ */ M(a), s = t ? Tt : e ? Jt : qt;
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
			let n = /* @__PURE__ */ M(this), r = Et(n), i = /* @__PURE__ */ M(e), a = !t && !/* @__PURE__ */ j(e) && !/* @__PURE__ */ Wt(e) ? i : e;
			return r.has.call(n, a) || le(e, a) && r.has.call(n, e) || le(i, a) && r.has.call(n, i) || (n.add(a), it(n, "add", a, a)), this;
		},
		set(e, n) {
			t || /* @__PURE__ */ j(n) || /* @__PURE__ */ Wt(n) || (n = /* @__PURE__ */ M(n));
			let r = /* @__PURE__ */ M(this), { has: i, get: a } = Et(r), o = i.call(r, e);
			o ||= (e = /* @__PURE__ */ M(e), i.call(r, e));
			let s = a.call(r, e);
			return r.set(e, n), o ? le(n, s) && it(r, "set", e, n, s) : it(r, "add", e, n), this;
		},
		delete(e) {
			let t = /* @__PURE__ */ M(this), { has: n, get: r } = Et(t), i = n.call(t, e);
			i ||= (e = /* @__PURE__ */ M(e), n.call(t, e));
			let a = r ? r.call(t, e) : void 0, o = t.delete(e);
			return i && it(t, "delete", e, void 0, a), o;
		},
		clear() {
			let e = /* @__PURE__ */ M(this), t = e.size !== 0, n = e.clear();
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
	let o = Rt(ee(e));
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
function j(e) {
	return !!(e && e.__v_isShallow);
}
// @__NO_SIDE_EFFECTS__
function Gt(e) {
	return e ? !!e.__v_raw : !1;
}
// @__NO_SIDE_EFFECTS__
function M(e) {
	let t = e && e.__v_raw;
	return t ? /* @__PURE__ */ M(t) : e;
}
function Kt(e) {
	return !u(e, "__v_skip") && Object.isExtensible(e) && de(e, "__v_skip", !0), e;
}
var qt = (e) => v(e) ? /* @__PURE__ */ zt(e) : e, Jt = (e) => v(e) ? /* @__PURE__ */ Vt(e) : e;
// @__NO_SIDE_EFFECTS__
function N(e) {
	return e ? e.__v_isRef === !0 : !1;
}
// @__NO_SIDE_EFFECTS__
function P(e) {
	return Xt(e, !1);
}
// @__NO_SIDE_EFFECTS__
function Yt(e) {
	return Xt(e, !0);
}
function Xt(e, t) {
	return /* @__PURE__ */ N(e) ? e : new Zt(e, t);
}
var Zt = class {
	constructor(e, t) {
		this.dep = new Qe(), this.__v_isRef = !0, this.__v_isShallow = !1, this._rawValue = t ? e : /* @__PURE__ */ M(e), this._value = t ? e : qt(e), this.__v_isShallow = t;
	}
	get value() {
		return this.dep.track(), this._value;
	}
	set value(e) {
		let t = this._rawValue, n = this.__v_isShallow || /* @__PURE__ */ j(e) || /* @__PURE__ */ Wt(e);
		e = n ? e : /* @__PURE__ */ M(e), le(e, t) && (this._rawValue = e, this._value = n ? e : qt(e), this.dep.trigger());
	}
};
function F(e) {
	return /* @__PURE__ */ N(e) ? e.value : e;
}
var Qt = {
	get: (e, t, n) => t === "__v_raw" ? e : F(Reflect.get(e, t, n)),
	set: (e, t, n, r) => {
		let i = e[t];
		return /* @__PURE__ */ N(i) && !/* @__PURE__ */ N(n) ? (i.value = n, !0) : Reflect.set(e, t, n, r);
	}
};
function $t(e) {
	return /* @__PURE__ */ Ut(e) ? e : new Proxy(e, Qt);
}
var en = class {
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
function tn(e, t, n = !1) {
	let r, i;
	return h(e) ? r = e : (r = e.get, i = e.set), new en(r, i, n);
}
var nn = {}, rn = /* @__PURE__ */ new WeakMap(), an = void 0;
function on(e, t = !1, n = an) {
	if (n) {
		let t = rn.get(n);
		t || rn.set(n, t = []), t.push(e);
	}
}
function sn(e, n, i = t) {
	let { immediate: a, deep: o, once: s, scheduler: l, augmentJob: u, call: f } = i, p = (e) => o ? e : /* @__PURE__ */ j(e) || o === !1 || o === 0 ? cn(e, 1) : cn(e), m, g, _, v, y = !1, b = !1;
	if (/* @__PURE__ */ N(e) ? (g = () => e.value, y = /* @__PURE__ */ j(e)) : /* @__PURE__ */ Ut(e) ? (g = () => p(e), y = !0) : d(e) ? (b = !0, y = e.some((e) => /* @__PURE__ */ Ut(e) || /* @__PURE__ */ j(e)), g = () => e.map((e) => {
		if (/* @__PURE__ */ N(e)) return e.value;
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
		let t = an;
		an = m;
		try {
			return f ? f(e, 3, [v]) : e(v);
		} finally {
			an = t;
		}
	} : r, n && o) {
		let e = g, t = o === !0 ? Infinity : o;
		g = () => cn(e(), t);
	}
	let x = Ae(), ee = () => {
		m.stop(), x && x.active && c(x.effects, m);
	};
	if (s && n) {
		let e = n;
		n = (...t) => {
			try {
				return e(...t);
			} finally {
				ee();
			}
		};
	}
	let S = b ? Array(e.length).fill(nn) : nn, te = (e) => {
		if (m.flags & 1 && (m.dirty || e)) {
			if (n) {
				let t = m.run();
				if (e || o || y || (b ? t.some((e, t) => le(e, S[t])) : le(t, S))) {
					let e = an;
					qe();
					try {
						_ && _(), an = m;
						let e = [
							t,
							S === nn ? void 0 : b && S[0] === nn ? [] : S,
							v
						];
						S = t, f ? f(n, 3, e) : n(...e);
					} finally {
						an = e, Je();
					}
				}
			} else m.run();
		}
	};
	return u && u(te), m = new Me(g), m.scheduler = l ? () => l(te, !1) : te, v = (e) => on(e, !1, m), _ = m.onStop = () => {
		let e = rn.get(m);
		if (e) {
			if (f) f(e, 4);
			else for (let t of e) t();
			rn.delete(m);
		}
	}, n ? a ? te(!0) : S = m.run() : l ? l(te.bind(null, !0), !0) : m.run(), ee.pause = m.pause.bind(m), ee.resume = m.resume.bind(m), ee.stop = ee, ee;
}
function cn(e, t = Infinity, n) {
	if (t <= 0 || !v(e) || e.__v_skip || (n ||= /* @__PURE__ */ new Map(), (n.get(e) || 0) >= t)) return e;
	if (n.set(e, t), t--, /* @__PURE__ */ N(e)) cn(e.value, t, n);
	else if (d(e)) for (let r = 0; r < e.length; r++) cn(e[r], t, n);
	else if (p(e) || f(e)) e.forEach((e) => {
		cn(e, t, n);
	});
	else if (S(e)) {
		for (let r in e) cn(e[r], t, n);
		for (let r of Object.getOwnPropertySymbols(e)) Object.prototype.propertyIsEnumerable.call(e, r) && cn(e[r], t, n);
	}
	return e;
}
// node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js
function ln(e, t, n, r) {
	try {
		return r ? e(...r) : e();
	} catch (e) {
		dn(e, t, n);
	}
}
function un(e, t, n, r) {
	if (h(e)) {
		let i = ln(e, t, n, r);
		return i && y(i) && i.catch((e) => {
			dn(e, t, n, void 0, !0);
		}), i;
	}
	if (d(e)) {
		let i = [];
		for (let a = 0; a < e.length; a++) i.push(un(e[a], t, n, r));
		return i;
	}
}
function dn(e, n, r, i = !0, a = !1) {
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
			qe(), ln(s, null, 10, [
				e,
				i,
				o
			]), Je();
			return;
		}
	}
	fn(e, r, o, i, c);
}
function fn(e, t, n, r = !0, i = !1) {
	if (i) throw e;
	console.error(e);
}
var I = [], pn = -1, mn = [], hn = null, gn = 0, _n = /* @__PURE__ */ Promise.resolve(), vn = null;
function yn(e) {
	let t = vn || _n;
	return e ? t.then(this ? e.bind(this) : e) : t;
}
function bn(e) {
	let t = pn + 1, n = I.length;
	for (; t < n;) {
		let r = t + n >>> 1, i = I[r], a = On(i);
		a < e || a === e && i.flags & 2 ? t = r + 1 : n = r;
	}
	return t;
}
function xn(e) {
	if (!(e.flags & 1)) {
		let t = On(e), n = I[I.length - 1];
		!n || !(e.flags & 2) && t >= On(n) ? I.push(e) : I.splice(bn(t), 0, e), e.flags |= 1, Sn();
	}
}
function Sn() {
	vn ||= _n.then(kn);
}
function Cn(e) {
	if (!d(e)) hn && e.id === -1 ? hn.splice(gn + 1, 0, e) : e.flags & 1 || (mn.push(e), e.flags |= 1);
	else for (let t = 0; t < e.length; t++) mn.push(e[t]);
	Sn();
}
function wn(e, t, n, r = pn + 1) {
	for (; r < I.length; r++) {
		let n = I[r];
		if (n && n.flags & 2) {
			if (e && n.id !== e.uid || t !== void 0 && !(n.id >= t)) continue;
			I.splice(r, 1), r = e ? r - 1 : pn, n.flags & 4 && (n.flags &= -2), n(), n.flags & 4 || (n.flags &= -2);
		}
	}
}
function Tn(e, t, n = 0) {
	if (mn.length) {
		let e = mn, r = 0;
		if (t) {
			e = [];
			for (let i = 0; i < mn.length; i++) {
				let a = mn[i];
				(a.i === void 0 ? t.has(a) : !a.i || a.i.uid < n) ? mn[r++] = a : e.push(a);
			}
		}
		let i = [...new Set(e)].sort((e, t) => On(e) - On(t));
		if (mn.length = r, hn) {
			for (let e = 0; e < i.length; e++) hn.push(i[e]);
			return;
		}
		for (hn = i, gn = 0; gn < hn.length; gn++) {
			let e = hn[gn];
			e.flags & 4 && (e.flags &= -2), e.flags & 8 || e(), e.flags &= -2;
		}
		hn = null, gn = 0;
	}
}
var En = !1;
function Dn(e, t) {
	if (En) {
		e();
		return;
	}
	let n = t === void 0 ? void 0 : new Set(mn);
	e(), En = !0;
	try {
		wn(void 0, t), Tn(void 0, n, t);
	} finally {
		En = !1;
	}
}
var On = (e) => e.id == null ? e.flags & 2 ? -1 : Infinity : e.id;
function kn(e) {
	try {
		for (pn = 0; pn < I.length; pn++) {
			let e = I[pn];
			e && !(e.flags & 8) && (e.flags & 4 && (e.flags &= -2), ln(e, e.i, e.i ? 15 : 14), e.flags & 4 || (e.flags &= -2));
		}
	} finally {
		for (; pn < I.length; pn++) {
			let e = I[pn];
			e && (e.flags &= -2);
		}
		pn = -1, I.length = 0, Tn(e), vn = null, (I.length || mn.length) && kn(e);
	}
}
var An = null, jn = null;
function Mn(e) {
	let t = An;
	return An = e, jn = e && e.type.__scopeId || null, t;
}
function Nn(e, t = An, n) {
	if (!t || e._n) return e;
	let r = (...n) => {
		r._d && ui(-1);
		let i = Mn(t), a = si.length, o;
		try {
			o = e(...n);
		} finally {
			for (let e = si.length; e > a; e--) ci();
			Mn(i), r._d && ui(1);
		}
		return o;
	};
	return r._n = !0, r._c = !0, r._d = !0, r;
}
function Pn(e, n) {
	if (An === null) return e;
	let r = Wi(An), i = e.dirs ||= [];
	for (let e = 0; e < n.length; e++) {
		let [a, o, s, c = t] = n[e];
		a && (h(a) && (a = {
			mounted: a,
			updated: a
		}), a.deep && cn(o), i.push({
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
function Fn(e, t, n, r) {
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
		u && (qe(), un(u, n, 8, [
			e.el,
			l,
			i,
			t
		]), Je());
	}
}
function In(e, t, n = !1) {
	let r = Ai();
	if (r || hr) {
		let i = hr ? hr._context.provides : r ? r.parent == null || r.ce ? r.vnode.appContext && r.vnode.appContext.provides : r.parent.provides : void 0;
		if (i && e in i) return i[e];
		if (arguments.length > 1) return n && h(t) ? t.call(r && r.proxy) : t;
	}
}
var Ln = /* @__PURE__ */ Symbol.for("v-scx"), Rn = () => In(Ln);
function zn(e, t, n) {
	return Bn(e, t, n);
}
function Bn(e, n, i = t) {
	let { immediate: a, deep: o, flush: c, once: l } = i, u = s({}, i), d = n && a || !n && c !== "post", f;
	if (Ii) {
		if (c === "sync") {
			let e = Rn();
			f = e.__watcherHandles ||= [];
		} else if (!d) {
			let e = () => {};
			return e.stop = r, e.resume = r, e.pause = r, e;
		}
	}
	let p = ki;
	u.call = (e, t, n) => un(e, p, t, n);
	let m = !1;
	c === "post" ? u.scheduler = (e) => {
		e.i = p, L(e, p && p.suspense);
	} : c !== "sync" && (m = !0, u.scheduler = (e, t) => {
		t ? e() : xn(e);
	}), u.augmentJob = (e) => {
		n && (e.flags |= 4), m && (e.flags |= 2, p && (e.id = p.uid, e.i = p));
	};
	let h = sn(e, n, u);
	return Ii && (f ? f.push(h) : d && h()), h;
}
var Vn = /* @__PURE__ */ Symbol("_vte"), Hn = (e) => e.__isTeleport, Un = /* @__PURE__ */ Symbol("_leaveCb");
function Wn(e) {
	let t = e[0];
	if (e.length > 1) {
		for (let n of e) if (n.type !== ai) {
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
	} else if (e.transition = t, e.type === R && d(e.children)) {
		let n = xr(e.children, !1);
		n && Kn(n, t);
	}
}
function qn(e) {
	if (e.component) return qn(e.component.subTree);
	if (e.type === R) {
		let t = d(e.children) && xr(e.children, !1);
		return t ? qn(t) : void 0;
	}
	if (e.type !== ai) return e;
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
	let s = a.shapeFlag & 4 ? Wi(a.component) : a.el, l = o ? null : s, { i: f, r: p } = e, m = n && n.r, _ = f.refs === t ? f.refs = {} : f.refs, v = f.setupState, y = /* @__PURE__ */ M(v), b = v === t ? i : (e) => !Xn(_, e) && u(y, e), x = (e, t) => !(t && Xn(_, t));
	if (m != null && m !== p) {
		if ($n(n), g(m)) _[m] = null, b(m) && (v[m] = null);
		else if (/* @__PURE__ */ N(m)) {
			let e = n;
			x(m, e.k) && (m.value = null), e.k && (_[e.k] = null);
		}
	}
	if (h(p)) ln(p, f, 12, [l, _]);
	else {
		let t = g(p), n = /* @__PURE__ */ N(p);
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
				t.id = -1, Zn.set(e, t), L(t, r);
			} else $n(e), i();
		}
	}
}
function $n(e) {
	let t = Zn.get(e);
	t && (t.flags |= 8, Zn.delete(e));
}
me().requestIdleCallback, me().cancelIdleCallback;
var er = (e) => !!e.type.__asyncLoader, tr = (e) => e.type.__isKeepAlive;
function nr(e, t, n = ki, r = !1) {
	if (n) {
		let i = n[e] || (n[e] = []), a = t.__weh ||= (...r) => {
			qe();
			let i = Ni(n), a = un(t, n, e, r);
			return i(), Je(), a;
		};
		return r ? i.unshift(a) : i.push(a), a;
	}
}
var rr = (e) => (t, n = ki) => {
	Ii && e !== "sp" || nr(e, (...e) => t(...e), n);
}, ir = rr("m"), ar = rr("bum"), or = /* @__PURE__ */ Symbol.for("v-ndc");
function sr(e, t, n, r) {
	let i, a = n && n[r], o = d(e);
	if (o || g(e)) {
		let n = o && /* @__PURE__ */ Ut(e), r = !1, s = !1;
		n && (r = !/* @__PURE__ */ j(e), s = /* @__PURE__ */ Wt(e), e = ot(e)), i = Array(e.length);
		for (let n = 0, o = e.length; n < o; n++) i[n] = t(r ? s ? Jt(qt(e[n])) : qt(e[n]) : e[n], n, void 0, a && a[n]);
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
var cr = (e) => e ? Fi(e) ? Wi(e) : cr(e.parent) : null, lr = /* @__PURE__ */ s(/* @__PURE__ */ Object.create(null), {
	$: (e) => e,
	$el: (e) => e.vnode.el,
	$data: (e) => e.data,
	$props: (e) => e.props,
	$attrs: (e) => e.attrs,
	$slots: (e) => e.slots,
	$refs: (e) => e.refs,
	$parent: (e) => cr(e.parent),
	$root: (e) => cr(e.root),
	$host: (e) => e.ce,
	$emit: (e) => e.emit,
	$options: (e) => e.type,
	$forceUpdate: (e) => e.f ||= () => {
		xn(e.update);
	},
	$nextTick: (e) => e.n ||= yn.bind(e.proxy),
	$watch: (e) => r
}), ur = (e, n) => e !== t && !e.__isScriptSetup && u(e, n), dr = {
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
			else if (ur(i, n)) return s[n] = 1, i[n];
			else if (u(o, n)) return s[n] = 3, o[n];
			else if (r !== t && u(r, n)) return s[n] = 4, r[n];
			else s[n] = 0;
		}
		let d = lr[n], f, p;
		if (d) return n === "$attrs" && A(e.attrs, "get", ""), d(e);
		if ((f = c.__cssModules) && (f = f[n])) return f;
		if (r !== t && u(r, n)) return s[n] = 4, r[n];
		if (p = l.config.globalProperties, u(p, n)) return p[n];
	},
	set({ _: e }, t, n) {
		let { data: r, setupState: i, ctx: a } = e;
		return ur(i, t) ? (i[t] = n, !0) : u(e.props, t) || t[0] === "$" && t.slice(1) in e ? !1 : (a[t] = n, !0);
	},
	has({ _: { data: e, setupState: t, accessCache: n, ctx: r, appContext: i, props: a, type: o } }, s) {
		let c;
		return !!(n[s] || ur(t, s) || u(a, s) || u(r, s) || u(lr, s) || u(i.config.globalProperties, s) || (c = o.__cssModules) && c[s]);
	},
	defineProperty(e, t, n) {
		return n.get == null ? u(n, "value") && this.set(e, t, n.value, null) : e._.accessCache[t] = 0, Reflect.defineProperty(e, t, n);
	}
};
function fr() {
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
var pr = 0;
function mr(e, t) {
	return function(n, r = null) {
		h(n) || (n = s({}, n)), r != null && !v(r) && (r = null);
		let i = fr(), a = /* @__PURE__ */ new WeakSet(), o = [], c = !1, l = i.app = {
			_uid: pr++,
			_component: n,
			_props: r,
			_container: null,
			_context: i,
			_instance: null,
			version: Ki,
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
					let u = l._ceVNode || U(n, r);
					return u.appContext = i, s === !0 ? s = "svg" : s === !1 && (s = void 0), o && t ? t(u, a) : e(u, a, s), c = !0, l._container = a, a.__vue_app__ = l, Wi(u.component);
				}
			},
			onUnmount(e) {
				o.push(e);
			},
			unmount() {
				c && (un(o, l._instance, 16), e(null, l._container), delete l._container.__vue_app__);
			},
			provide(e, t) {
				return i.provides[e] = t, l;
			},
			runWithContext(e) {
				let t = hr;
				hr = l;
				try {
					return e();
				} finally {
					hr = t;
				}
			}
		};
		return l;
	};
}
var hr = null, gr = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${C(t)}Modifiers`] || e[`${oe(t)}Modifiers`];
function _r(e, n, ...r) {
	if (e.isUnmounted) return;
	let i = e.vnode.props || t, a = r, o = n.startsWith("update:"), s = o && gr(i, n.slice(7));
	s && (s.trim && (a = r.map((e) => g(e) ? e.trim() : e)), s.number && (a = a.map(fe)));
	let c, l = i[c = ce(n)] || i[c = ce(C(n))];
	!l && o && (l = i[c = ce(oe(n))]), l && un(l, e, 6, a);
	let u = i[c + "Once"];
	if (u) {
		if (!e.emitted) e.emitted = {};
		else if (e.emitted[c]) return;
		e.emitted[c] = !0, un(u, e, 6, a);
	}
}
function vr(e, t, n = !1) {
	let r = t.emitsCache, i = r.get(e);
	if (i !== void 0) return i;
	let a = e.emits, o = {};
	return a ? (d(a) ? a.forEach((e) => o[e] = null) : s(o, a), v(e) && r.set(e, o), o) : (v(e) && r.set(e, null), null);
}
function yr(e, t) {
	return !e || !a(t) ? !1 : (t = t.slice(2), t = t === "Once" ? t : t.replace(/Once$/, ""), u(e, t[0].toLowerCase() + t.slice(1)) || u(e, oe(t)) || u(e, t));
}
function br(e) {
	let { type: t, vnode: n, proxy: r, withProxy: i, propsOptions: [a], slots: s, attrs: c, emit: l, render: u, renderCache: d, props: f, data: p, setupState: m, ctx: h, inheritAttrs: g } = e, _ = Mn(e), v, y;
	try {
		if (n.shapeFlag & 4) {
			let e = i || r, t = e;
			v = bi(u.call(t, e, d, f, m, p, h)), y = c;
		} else {
			let e = t;
			v = bi(e.length > 1 ? e(f, {
				attrs: c,
				slots: s,
				emit: l
			}) : e(f, null)), y = t.props ? c : Sr(c);
		}
	} catch (t) {
		si.length = 0, dn(t, e, 1), v = U(ai);
	}
	let b = v;
	if (y && g !== !1) {
		let e = Object.keys(y), { shapeFlag: t } = b;
		e.length && t & 7 && (a && e.some(o) && (y = Cr(y, a)), b = yi(b, y, !1, !0));
	}
	return n.dirs && (b = yi(b, null, !1, !0), b.dirs = b.dirs ? b.dirs.concat(n.dirs) : n.dirs), n.transition && Kn(Hn(b.type) && Gn(b) || b, n.transition), v = b, Mn(_), v;
}
function xr(e, t = !0) {
	let n;
	for (let t = 0; t < e.length; t++) {
		let r = e[t];
		if (pi(r)) {
			if (r.type !== ai || r.children === "v-if") {
				if (n) return;
				n = r;
			}
		} else return;
	}
	return n;
}
var Sr = (e) => {
	let t;
	for (let n in e) (n === "class" || n === "style" || a(n)) && ((t ||= {})[n] = e[n]);
	return t;
}, Cr = (e, t) => {
	let n = {};
	for (let r in e) o(r) && r.slice(9) in t || (n[r] = e[r]);
	return n;
};
function wr(e, t, n) {
	let { props: r, children: i, component: a } = e, { props: o, children: s, patchFlag: c } = t, l = a.emitsOptions;
	if (t.dirs || t.transition) return !0;
	if (n && c >= 0) {
		if (c & 1024) return !0;
		if (c & 16) return r ? Tr(r, o, l) : !!o;
		if (c & 8) {
			let e = t.dynamicProps;
			for (let t = 0; t < e.length; t++) {
				let n = e[t];
				if (Er(o, r, n) && !yr(l, n)) return !0;
			}
		}
	} else return (i || s) && (!s || !s.$stable) ? !0 : r === o ? !1 : r ? !o || Tr(r, o, l) : !!o;
	return !1;
}
function Tr(e, t, n) {
	let r = Object.keys(t);
	if (r.length !== Object.keys(e).length) return !0;
	for (let i = 0; i < r.length; i++) {
		let a = r[i];
		if (!u(e, a) || Er(t, e, a) && !yr(n, a)) return !0;
	}
	return !1;
}
function Er(e, t, n) {
	let r = e[n], i = t[n];
	return n === "style" && v(r) && v(i) ? !E(r, i) : r !== i;
}
function Dr({ vnode: e, parent: t, suspense: n }, r) {
	for (; t;) {
		let n = t.subTree;
		if (n.suspense && n.suspense.activeBranch === e && (n.suspense.vnode.el = n.el = r, e = n), n === e) (e = t.vnode).el = r, t = t.parent;
		else break;
	}
	n && n.activeBranch === e && (n.vnode.el = r);
}
var Or = {}, kr = () => Object.create(Or), Ar = (e) => Object.getPrototypeOf(e) === Or;
function jr(e, t, n, r = !1) {
	let i = {}, a = kr();
	e.propsDefaults = /* @__PURE__ */ Object.create(null), Nr(e, t, i, a);
	for (let t in e.propsOptions[0]) t in i || (i[t] = void 0);
	e.props = n ? r ? i : /* @__PURE__ */ Bt(i) : e.type.props ? i : a, e.attrs = a;
}
function Mr(e, t, n, r) {
	let { props: i, attrs: a, vnode: { patchFlag: o } } = e, s = /* @__PURE__ */ M(i), [c] = e.propsOptions, l = !1;
	if ((r || o > 0) && !(o & 16)) {
		if (o & 8) {
			let n = e.vnode.dynamicProps;
			for (let r = 0; r < n.length; r++) {
				let o = n[r];
				if (yr(e.emitsOptions, o)) continue;
				let d = t[o];
				if (c) {
					if (u(a, o)) d !== a[o] && (a[o] = d, l = !0);
					else {
						let t = C(o);
						i[t] = Pr(c, s, t, d, e, !1);
					}
				} else d !== a[o] && (a[o] = d, l = !0);
			}
		}
	} else {
		Nr(e, t, i, a) && (l = !0);
		let r;
		for (let a in s) t && (u(t, a) || (r = oe(a)) !== a && u(t, r)) || (c ? n && (n[a] !== void 0 || n[r] !== void 0) && (i[a] = Pr(c, s, a, void 0, e, !0)) : delete i[a]);
		if (a !== s) for (let e in a) t && u(t, e) || (delete a[e], l = !0);
	}
	l && it(e.attrs, "set", "");
}
function Nr(e, n, r, i) {
	let [a, o] = e.propsOptions, s = !1, c;
	if (n) for (let t in n) {
		if (ne(t)) continue;
		let l = n[t], d;
		a && u(a, d = C(t)) ? !o || !o.includes(d) ? r[d] = l : (c ||= {})[d] = l : yr(e.emitsOptions, t) || t in i && l === i[t] || (i[t] = l, s = !0);
	}
	if (o) {
		let n = /* @__PURE__ */ M(r), i = c || t;
		for (let t = 0; t < o.length; t++) {
			let s = o[t];
			r[s] = Pr(a, n, s, i[s], e, !u(i, s));
		}
	}
	return s;
}
function Pr(e, t, n, r, i, a) {
	let o = e[n];
	if (o != null) {
		let e = u(o, "default");
		if (e && r === void 0) {
			let e = o.default;
			if (o.type !== Function && !o.skipFactory && h(e)) {
				let { propsDefaults: a } = i;
				if (n in a) r = a[n];
				else {
					let o = Ni(i);
					r = a[n] = e.call(null, t), o();
				}
			} else r = e;
			i.ce && i.ce._setProp(n, r);
		}
		o[0] && (a && !e ? r = !1 : o[1] && (r === "" || r === oe(n)) && (r = !0));
	}
	return r;
}
function Fr(e, r, i = !1) {
	let a = r.propsCache, o = a.get(e);
	if (o) return o;
	let c = e.props, l = {}, f = [];
	if (!c) return v(e) && a.set(e, n), n;
	if (d(c)) for (let e = 0; e < c.length; e++) {
		let n = C(c[e]);
		Ir(n) && (l[n] = t);
	}
	else if (c) for (let e in c) {
		let t = C(e);
		if (Ir(t)) {
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
function Ir(e) {
	return e[0] !== "$" && !ne(e);
}
var Lr = (e) => e === "_" || e === "_ctx" || e === "$stable", Rr = (e) => d(e) ? e.map(bi) : [bi(e)], zr = (e, t, n) => {
	if (t._n) return t;
	let r = Nn((...e) => Rr(t(...e)), n);
	return r._c = !1, r;
}, Br = (e, t, n) => {
	let r = e._ctx;
	for (let n in e) {
		if (Lr(n)) continue;
		let i = e[n];
		if (h(i)) t[n] = zr(n, i, r);
		else if (i != null) {
			let e = Rr(i);
			t[n] = () => e;
		}
	}
}, Vr = (e, t) => {
	let n = Rr(t);
	e.slots.default = () => n;
}, Hr = (e, t, n) => {
	for (let r in t) (n || !Lr(r)) && (e[r] = t[r]);
}, Ur = (e, t, n) => {
	let r = e.slots = kr();
	if (e.vnode.shapeFlag & 32) {
		let e = t._;
		e ? (Hr(r, t, n), n && de(r, "_", e, !0)) : Br(t, r);
	} else t && Vr(e, t);
}, Wr = (e, n, r) => {
	let { vnode: i, slots: a } = e, o = !0, s = t;
	if (i.shapeFlag & 32) {
		let e = n._;
		e ? r && e === 1 ? o = !1 : Hr(a, n, r) : (o = !n.$stable, Br(n, a)), s = n;
	} else n && (Vr(e, n), s = { default: 1 });
	if (o) for (let e in a) !Lr(e) && s[e] == null && delete a[e];
}, L = ri;
function Gr(e) {
	return Kr(e);
}
function Kr(e, i) {
	let a = me();
	a.__VUE__ = !0;
	let { insert: o, remove: s, patchProp: c, createElement: l, createText: u, createComment: d, setText: f, setElementText: p, parentNode: m, nextSibling: h, setScopeId: g = r, insertStaticContent: _ } = e, v = (e, t, r, i = null, a = null, o = null, s = void 0, c = null, l = !!t.dynamicChildren) => {
		if (e === t) return;
		e && !mi(e, t) && (i = Ce(e), T(e, a, o, !0), e = null), t.patchFlag === -2 && (l = !1, t.dynamicChildren = null), t.dynamicChildren && e && e.dynamicChildren && e.dynamicChildren.hasOnce && (t.dynamicChildren === n && (t.dynamicChildren = []), t.dynamicChildren.hasOnce = !0);
		let { type: u, ref: d, shapeFlag: f } = t;
		switch (u) {
			case ii:
				y(e, t, r, i);
				break;
			case ai:
				b(e, t, r, i);
				break;
			case oi:
				e ?? x(t, r, i, s);
				break;
			case R:
				ce(e, t, r, i, a, o, s, c, l);
				break;
			default: f & 1 ? te(e, t, r, i, a, o, s, c, l) : f & 6 ? le(e, t, r, i, a, o, s, c, l) : (f & 64 || f & 128) && u.process(e, t, r, i, a, o, s, c, l, E);
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
	}, ee = ({ el: e, anchor: t }, n, r) => {
		let i;
		for (; e && e !== t;) i = h(e), o(e, n, r), e = i;
		o(t, n, r);
	}, S = ({ el: e, anchor: t }) => {
		let n;
		for (; e && e !== t;) n = h(e), s(e), e = n;
		s(t);
	}, te = (e, t, n, r, i, a, o, s, c) => {
		if (t.type === "svg" ? o = "svg" : t.type === "math" && (o = "mathml"), e == null) re(t, n, r, i, a, o, s, c);
		else {
			let n = e.el && e.el._isVueCE ? e.el : null;
			try {
				n && n._beginPatch(), ae(e, t, i, a, o, s, c);
			} finally {
				n && n._endPatch();
			}
		}
	}, re = (e, t, n, r, i, a, s, u) => {
		let d, f, { props: m, shapeFlag: h, transition: g, dirs: _ } = e;
		if (d = e.el = l(e.type, a, m && m.is, m), h & 8 ? p(d, e.children) : h & 16 && C(e.children, d, null, r, i, qr(e, a), s, u), _ && Fn(e, null, r, "created"), ie(d, e, e.scopeId, s, r), m) {
			for (let e in m) e !== "value" && !ne(e) && c(d, e, null, m[e], a, r);
			"value" in m && c(d, "value", null, m.value, a), (f = m.onVnodeBeforeMount) && wi(f, r, e);
		}
		_ && Fn(e, null, r, "beforeMount");
		let v = Yr(i, g);
		v ? g.beforeEnter(d) : g && !g.persisted && (d[ni] = !0), o(d, t, n), ((f = m && m.onVnodeMounted) || v || _) && L(() => {
			try {
				f && wi(f, r, e), v && g.enter(d), _ && Fn(e, null, r, "mounted");
			} finally {}
		}, i);
	}, ie = (e, t, n, r, i) => {
		if (n && g(e, n), r) for (let t = 0; t < r.length; t++) g(e, r[t]);
		if (i) {
			let n = i.subTree;
			if (t === n || ti(n.type) && (n.ssContent === t || n.ssFallback === t)) {
				let t = i.vnode;
				ie(e, t, t.scopeId, t.slotScopeIds, i.parent);
			}
		}
	}, C = (e, t, n, r, i, a, o, s, c = 0) => {
		for (let l = c; l < e.length; l++) {
			let c = e[l] = s ? xi(e[l]) : bi(e[l]);
			v(null, c, t, n, r, i, a, o, s);
		}
	}, ae = (e, n, r, i, a, o, s) => {
		let l = n.el = e.el, { patchFlag: u, dynamicChildren: d, dirs: f } = n;
		u |= e.patchFlag & 16;
		let m = e.props || t, h = n.props || t, g;
		if (r && Jr(r, !1), (g = h.onVnodeBeforeUpdate) && wi(g, r, n, e), f && Fn(n, e, r, "beforeUpdate"), r && Jr(r, !0), d && (!e.dynamicChildren || e.dynamicChildren.length !== d.length) && (u = 0, s = !1, d = null), (m.innerHTML && h.innerHTML == null || m.textContent && h.textContent == null) && p(l, ""), d ? oe(e.dynamicChildren, d, l, r, i, qr(n, a), o) : s || he(e, n, l, null, r, i, qr(n, a), o, !1), u > 0) {
			if (u & 16) se(l, m, h, r, a);
			else if (u & 2 && m.class !== h.class && c(l, "class", null, h.class, a), u & 4 && c(l, "style", m.style, h.style, a), u & 8) {
				let e = n.dynamicProps;
				for (let t = 0; t < e.length; t++) {
					let n = e[t], i = m[n], o = h[n];
					(o !== i || n === "value") && c(l, n, i, o, a, r);
				}
			}
			u & 1 && e.children !== n.children && p(l, n.children);
		} else !s && d == null && se(l, m, h, r, a);
		((g = h.onVnodeUpdated) || f) && L(() => {
			g && wi(g, r, n, e), f && Fn(n, e, r, "updated");
		}, i);
	}, oe = (e, t, n, r, i, a, o) => {
		for (let s = 0; s < t.length; s++) {
			let c = e[s], l = t[s], u = c.el || ei(c), d = u && (c.type === R || !mi(c, l) || c.shapeFlag & 198) ? m(u) : n;
			v(c, l, d, null, r, i, a, o, !0);
		}
	}, se = (e, n, r, i, a) => {
		if (n !== r) {
			if (n !== t) for (let t in n) !ne(t) && !(t in r) && c(e, t, n[t], null, a, i);
			for (let t in r) {
				if (ne(t)) continue;
				let o = r[t], s = n[t];
				o !== s && t !== "value" && c(e, t, s, o, a, i);
			}
			"value" in r && c(e, "value", n.value, r.value, a);
		}
	}, ce = (e, t, n, r, i, a, s, c, l) => {
		let d = t.el = e ? e.el : u(""), f = t.anchor = e ? e.anchor : u(""), { patchFlag: p, dynamicChildren: m, slotScopeIds: h } = t;
		h && (c = c ? c.concat(h) : h), e == null ? (o(d, n, r), o(f, n, r), C(t.children || [], n, f, i, a, s, c, l)) : p > 0 && p & 64 && m && e.dynamicChildren && e.dynamicChildren.length === m.length ? (oe(e.dynamicChildren, m, n, i, a, s, c), (t.key != null || i && t === i.subTree) && Xr(e, t, !0)) : he(e, t, n, f, i, a, s, c, l);
	}, le = (e, t, n, r, i, a, o, s, c) => {
		t.slotScopeIds = s, e == null ? t.shapeFlag & 512 ? i.ctx.activate(t, n, r, o, c) : de(t, n, r, i, a, o, c) : fe(e, t, c);
	}, de = (e, t, n, r, i, a, o) => {
		let s = e.component = Oi(e, r, i);
		if (tr(e) && (s.ctx.renderer = E), Li(s, !1, o), s.asyncDep) {
			if (i && i.registerDep(s, pe, o, a), !e.el) {
				let r = s.subTree = U(ai);
				b(null, r, t, n), e.placeholder = r.el;
			}
		} else pe(s, e, t, n, i, a, o);
	}, fe = (e, t, n) => {
		let r = t.component = e.component;
		if (wr(e, t, n)) {
			if (r.asyncDep && !r.asyncResolved) {
				t.el = e.el, t.placeholder = e.placeholder, w(r, t, n);
				return;
			}
			r.next = t, r.update();
		} else t.el = e.el, t.placeholder = e.placeholder, r.vnode = t;
	}, pe = (e, t, n, r, i, a, o) => {
		let s = () => {
			if (e.isMounted) {
				let { next: t, bu: n, u: r, parent: s, vnode: c } = e;
				{
					let n = Qr(e);
					if (n) {
						t && (t.el = c.el, w(e, t, o)), n.asyncDep.then(() => {
							let t = () => {
								e.job.flags & 8 || (i && i.pendingBranch ? L(t, i) : l());
							};
							t.flags = 48, L(t, i);
						});
						return;
					}
				}
				let u = t, d;
				Jr(e, !1), t ? (t.el = c.el, w(e, t, o)) : t = c, n && ue(n), (d = t.props && t.props.onVnodeBeforeUpdate) && wi(d, s, t, c), Jr(e, !0);
				let f = br(e), p = e.subTree;
				e.subTree = f, v(p, f, m(p.el || ei(p)), Ce(p), e, i, a), t.el = f.el, u === null && Dr(e, f.el), r && L(r, i), (d = t.props && t.props.onVnodeUpdated) && L(() => wi(d, s, t, c), i);
			} else {
				let o, { el: s, props: c } = t, { bm: l, m: u, parent: d, root: f, type: p } = e, m = er(t);
				if (Jr(e, !1), l && ue(l), !m && (o = c && c.onVnodeBeforeMount) && wi(o, d, t), Jr(e, !0), s && Ee) {
					let t = () => {
						e.subTree = br(e), Ee(s, e.subTree, e, i, null);
					};
					m && p.__asyncHydrate ? p.__asyncHydrate(s, e, t) : t();
				} else {
					f.ce && f.ce._hasShadowRoot() && f.ce._injectChildStyle(p, e.parent ? e.parent.type : void 0);
					let o = e.subTree = br(e);
					v(null, o, n, r, e, i, a), t.el = o.el;
				}
				if (u && L(u, i), !m && (o = c && c.onVnodeMounted)) {
					let e = t;
					L(() => wi(o, d, e), i);
				}
				(t.shapeFlag & 256 || d && er(d.vnode) && d.vnode.shapeFlag & 256) && e.a && L(e.a, i), e.isMounted = !0, t = n = r = null;
			}
		};
		e.scope.on();
		let c = e.effect = new Me(s);
		e.scope.off();
		let l = e.update = c.run.bind(c), u = e.job = c.runIfDirty.bind(c);
		u.i = e, u.id = e.uid, c.scheduler = () => xn(u), Jr(e, !0), l();
	}, w = (e, t, n) => {
		t.component = e;
		let r = e.vnode.props;
		e.vnode = t, e.next = null, Mr(e, t.props, r, n), Wr(e, t.children, n), qe(), wn(e), Je();
	}, he = (e, t, n, r, i, a, o, s, c = !1) => {
		let l = e && e.children, u = e ? e.shapeFlag : 0, d = t.children, { patchFlag: f, shapeFlag: m } = t;
		if (f > 0) {
			if (f & 128) {
				_e(l, d, n, r, i, a, o, s, c);
				return;
			}
			if (f & 256) {
				ge(l, d, n, r, i, a, o, s, c);
				return;
			}
		}
		m & 8 ? (u & 16 && Se(l, i, a), d !== l && p(n, d)) : u & 16 ? m & 16 ? _e(l, d, n, r, i, a, o, s, c) : Se(l, i, a, !0) : (u & 8 && p(n, ""), m & 16 && C(d, n, r, i, a, o, s, c));
	}, ge = (e, t, r, i, a, o, s, c, l) => {
		e ||= n, t ||= n;
		let u = e.length, d = t.length, f = Math.min(u, d), p = 0;
		for (; p < f; p++) {
			let n = t[p] = l ? xi(t[p]) : bi(t[p]);
			v(e[p], n, r, null, a, o, s, c, l);
		}
		u > d ? Se(e, a, o, !0, !1, f) : C(t, r, i, a, o, s, c, l, f);
	}, _e = (e, t, r, i, a, o, s, c, l) => {
		let u = 0, d = t.length, f = e.length - 1, p = d - 1;
		for (; u <= f && u <= p;) {
			let n = e[u], i = t[u] = l ? xi(t[u]) : bi(t[u]);
			if (mi(n, i)) v(n, i, r, null, a, o, s, c, l);
			else break;
			u++;
		}
		for (; u <= f && u <= p;) {
			let n = e[f], i = t[p] = l ? xi(t[p]) : bi(t[p]);
			if (mi(n, i)) v(n, i, r, null, a, o, s, c, l);
			else break;
			f--, p--;
		}
		if (u > f) {
			if (u <= p) {
				let e = p + 1, n = e < d ? t[e].el : i;
				for (; u <= p;) v(null, t[u] = l ? xi(t[u]) : bi(t[u]), r, n, a, o, s, c, l), u++;
			}
		} else if (u > p) for (; u <= f;) T(e[u], a, o, !0), u++;
		else {
			let m = u, h = u, g = /* @__PURE__ */ new Map();
			for (u = h; u <= p; u++) {
				let e = t[u] = l ? xi(t[u]) : bi(t[u]);
				e.key != null && g.set(e.key, u);
			}
			let _, y = 0, b = p - h + 1, x = !1, ee = 0, S = Array(b);
			for (u = 0; u < b; u++) S[u] = 0;
			for (u = m; u <= f; u++) {
				let n = e[u];
				if (y >= b) {
					T(n, a, o, !0);
					continue;
				}
				let i;
				if (n.key != null) i = g.get(n.key);
				else for (_ = h; _ <= p; _++) if (S[_ - h] === 0 && mi(n, t[_])) {
					i = _;
					break;
				}
				i === void 0 ? T(n, a, o, !0) : (S[i - h] = u + 1, i >= ee ? ee = i : x = !0, v(n, t[i], r, null, a, o, s, c, l), y++);
			}
			let te = x ? Zr(S) : n;
			for (_ = te.length - 1, u = b - 1; u >= 0; u--) {
				let e = h + u, n = t[e], f = t[e + 1], p = e + 1 < d ? f.el || ei(f) : i;
				S[u] === 0 ? v(null, n, r, p, a, o, s, c, l) : x && (_ < 0 || u !== te[_] ? ve(n, r, p, 2) : _--);
			}
		}
	}, ve = (e, t, n, r, i = null) => {
		let { el: a, type: c, transition: l, children: u, shapeFlag: d } = e;
		if (d & 6) ve(e.component.subTree, t, n, r);
		else if (d & 128) e.suspense.move(t, n, r);
		else if (d & 64) c.move(e, t, n, E);
		else if (c === R) {
			o(a, t, n);
			for (let e = 0; e < u.length; e++) ve(u[e], t, n, r);
			o(e.anchor, t, n);
		} else if (c === oi) ee(e, t, n);
		else if (r !== 2 && d & 1 && l) {
			if (r === 0) l.persisted && !a[Un] ? o(a, t, n) : (l.beforeEnter(a), o(a, t, n), L(() => l.enter(a), i));
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
	}, T = (e, t, n, r = !1, i = !1) => {
		let { type: a, props: o, ref: s, children: c, dynamicChildren: l, shapeFlag: u, patchFlag: d, dirs: f, cacheIndex: p, memo: m } = e;
		if ((d === -2 || l && l.hasOnce) && (i = !1), s != null && (qe(), Qn(s, null, n, e, !0), Je()), p == null || e.ctx && e.ctx !== t || (t.renderCache[p] = void 0), u & 256 && t.ctx.deactivate(e)) return;
		let h = u & 1 && f, g = !er(e), _;
		if (g && (_ = o && o.onVnodeBeforeUnmount) && wi(_, t, e), u & 6) xe(e.component, n, r);
		else {
			if (u & 128) {
				e.suspense.unmount(n, r);
				return;
			}
			h && Fn(e, null, t, "beforeUnmount"), u & 64 ? e.type.remove(e, t, n, E, r) : l && !l.hasOnce && (a !== R || d > 0 && d & 64) ? Se(l, t, n, !1, !0) : (a === R && d & 384 || !i && u & 16) && Se(c, t, n), r && ye(e);
		}
		let v = m != null && p == null;
		(g && (_ = o && o.onVnodeUnmounted) || h || v) && L(() => {
			_ && wi(_, t, e), h && Fn(e, null, t, "unmounted"), v && (e.el = null);
		}, n);
	}, ye = (e) => {
		let { type: t, el: n, anchor: r, transition: i } = e, a = t === R;
		if (a && !i) {
			be(n, r);
			return;
		}
		if (t === oi) {
			S(e), i && !i.persisted && i.afterLeave && i.afterLeave();
			return;
		}
		let o = a ? qn(e) : e, c = () => {
			a ? m(n) && be(n, r) : s(n), i && !i.persisted && i.afterLeave && i.afterLeave();
		};
		if (o && o.shapeFlag & 1 && i && !i.persisted) {
			let { leave: e, delayLeave: t } = i, n = o.el, r = () => e(n, c);
			t ? t(n, c, r) : r();
		} else c();
	}, be = (e, t) => {
		let n;
		for (; e !== t;) n = h(e), s(e), e = n;
		s(t);
	}, xe = (e, t, n) => {
		let { bum: r, scope: i, job: a, subTree: o, um: s, m: c, a: l } = e;
		$r(c), $r(l), r && ue(r), i.stop(), a ? (a.flags |= 8, T(o, e, t, n)) : o && (o.transition = e.vnode.transition, T(o, e, t, n)), s && L(s, t);
		let u = () => {
			e.isUnmounted = !0;
		};
		u.flags = 16, L(u, t);
	}, Se = (e, t, n, r = !1, i = !1, a = 0) => {
		for (let o = a; o < e.length; o++) T(e[o], t, n, r, i);
	}, Ce = (e) => {
		if (e.shapeFlag & 6) return Ce(e.component.subTree);
		if (e.shapeFlag & 128) return e.suspense.next();
		let t = h(e.anchor || e.el), n = t && t[Vn];
		return n ? h(n) : t;
	}, we = (e, t, n) => {
		Dn(() => {
			e == null ? t._vnode && T(t._vnode, null, null, !0) : v(t._vnode || null, e, t, null, null, null, n), t._vnode = e;
		}, e && t._vnode ? void 0 : e && e.component ? e.component.uid : Di());
	}, E = {
		p: v,
		um: T,
		m: ve,
		r: ye,
		mt: de,
		mc: C,
		pc: he,
		pbc: oe,
		n: Ce,
		o: e
	}, Te, Ee;
	return i && ([Te, Ee] = i(E)), {
		render: we,
		hydrate: Te,
		createApp: mr(we, Te)
	};
}
function qr({ type: e, props: t }, n) {
	return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function Jr({ effect: e, job: t }, n) {
	n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function Yr(e, t) {
	return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function Xr(e, t, n = !1) {
	let r = e.children, i = t.children;
	if (d(r) && d(i)) for (let e = 0; e < r.length; e++) {
		let t = r[e], a = i[e];
		a.shapeFlag & 1 && !a.dynamicChildren && ((a.patchFlag <= 0 || a.patchFlag === 32) && (a = i[e] = xi(i[e]), a.el = t.el), !n && a.patchFlag !== -2 && Xr(t, a)), a.type === ii && (a.patchFlag === -1 && (a = i[e] = xi(a)), a.el = t.el), a.type === ai && !a.el && (a.el = t.el);
	}
}
function Zr(e) {
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
function Qr(e) {
	let t = e.subTree.component;
	if (t) return t.asyncDep && !t.asyncResolved ? t : Qr(t);
}
function $r(e) {
	if (e) for (let t = 0; t < e.length; t++) e[t].flags |= 8;
}
function ei(e) {
	if (e.placeholder) return e.placeholder;
	let t = e.component;
	if (t) return ei(t.subTree);
	let n = e.suspense;
	return n && n.activeBranch ? ei(n.activeBranch) : null;
}
var ti = (e) => e.__isSuspense, ni = /* @__PURE__ */ Symbol("_deferredEnter");
function ri(e, t) {
	t && t.pendingBranch ? d(e) ? t.effects.push(...e) : t.effects.push(e) : Cn(e);
}
var R = /* @__PURE__ */ Symbol.for("v-fgt"), ii = /* @__PURE__ */ Symbol.for("v-txt"), ai = /* @__PURE__ */ Symbol.for("v-cmt"), oi = /* @__PURE__ */ Symbol.for("v-stc"), si = [], z = null;
function B(e = !1) {
	si.push(z = e ? null : []);
}
function ci() {
	si.pop(), z = si[si.length - 1] || null;
}
var li = 1;
function ui(e, t = !1) {
	li += e, e < 0 && z && t && (z.hasOnce = !0);
}
function di(e) {
	return e.dynamicChildren = li > 0 ? z || n : null, ci(), li > 0 && z && z.push(e), e;
}
function V(e, t, n, r, i, a) {
	return di(H(e, t, n, r, i, a, !0));
}
function fi(e, t, n, r, i) {
	return di(U(e, t, n, r, i, !0));
}
function pi(e) {
	return e ? e.__v_isVNode === !0 : !1;
}
function mi(e, t) {
	return e.type === t.type && e.key === t.key;
}
var hi = ({ key: e }) => e ?? null, gi = ({ ref: e, ref_key: t, ref_for: n }) => (typeof e == "number" && (e = "" + e), e == null ? null : g(e) || /* @__PURE__ */ N(e) || h(e) ? {
	i: An,
	r: e,
	k: t,
	f: !!n
} : e);
function H(e, t = null, n = null, r = 0, i = null, a = e === R ? 0 : 1, o = !1, s = !1) {
	let c = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e,
		props: t,
		key: t && hi(t),
		ref: t && gi(t),
		scopeId: jn,
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
		ctx: An
	};
	return s ? (Si(c, n), a & 128 && e.normalize(c)) : n && (c.shapeFlag |= g(n) ? 8 : 16), li > 0 && !o && z && (c.patchFlag > 0 || a & 6) && c.patchFlag !== 32 && z.push(c), c;
}
var U = _i;
function _i(e, t = null, n = null, r = 0, i = null, a = !1) {
	if (e && e !== or || (e = ai), pi(e)) {
		let r = yi(e, t, !0);
		return n && Si(r, n), li > 0 && !a && z && (r.shapeFlag & 6 ? z[z.indexOf(e)] = r : z.push(r)), r.patchFlag = -2, r;
	}
	if (Gi(e) && (e = e.__vccOpts), t) {
		t = vi(t);
		let { class: e, style: n } = t;
		e && !g(e) && (t.class = T(e)), v(n) && (/* @__PURE__ */ Gt(n) && !d(n) && (n = s({}, n)), t.style = w(n));
	}
	let o = g(e) ? 1 : ti(e) ? 128 : Hn(e) ? 64 : v(e) ? 4 : h(e) ? 2 : 0;
	return H(e, t, n, r, i, o, a, !0);
}
function vi(e) {
	return e ? /* @__PURE__ */ Gt(e) ? s({}, e) : Ar(e) ? s({}, e[Vi] || e) : e : null;
}
function yi(e, t, n = !1, r = !1) {
	let { props: i, ref: a, patchFlag: o, children: s, transition: c } = e, l = t ? Ci(i || {}, t) : i, u = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e.type,
		props: l,
		key: l && hi(l),
		ref: t && t.ref ? n && a ? d(a) ? a.concat(gi(t)) : [a, gi(t)] : gi(t) : a,
		scopeId: e.scopeId,
		slotScopeIds: e.slotScopeIds,
		children: s,
		target: e.target,
		targetStart: e.targetStart,
		targetAnchor: e.targetAnchor,
		staticCount: e.staticCount,
		shapeFlag: e.shapeFlag,
		patchFlag: t && e.type !== R ? o === -1 ? 16 : o | 16 : o,
		dynamicProps: e.dynamicProps,
		dynamicChildren: e.dynamicChildren,
		appContext: e.appContext,
		dirs: e.dirs,
		transition: c,
		component: e.component,
		suspense: e.suspense,
		ssContent: e.ssContent && yi(e.ssContent),
		ssFallback: e.ssFallback && yi(e.ssFallback),
		placeholder: e.placeholder,
		el: e.el,
		anchor: e.anchor,
		ctx: e.ctx,
		ce: e.ce,
		cacheIndex: e.cacheIndex
	};
	return c && r && Kn(u, c.clone(u)), u;
}
function W(e = " ", t = 0) {
	return U(ii, null, e, t);
}
function G(e = "", t = !1) {
	return t ? (B(), fi(ai, null, e)) : U(ai, null, e);
}
function bi(e) {
	return e == null || typeof e == "boolean" ? U(ai) : d(e) ? U(R, null, e.slice()) : pi(e) ? xi(e) : U(ii, null, String(e));
}
function xi(e) {
	return e.el === null && e.patchFlag !== -1 || e.memo ? e : yi(e);
}
function Si(e, t) {
	let n = 0, { shapeFlag: r } = e;
	if (t == null) t = null;
	else if (d(t)) n = 16;
	else if (typeof t == "object") {
		if (r & 65) {
			let n = t.default;
			n && (n._c && (n._d = !1), Si(e, n()), n._c && (n._d = !0));
			return;
		}
		{
			n = 32;
			let r = t._;
			!r && !Ar(t) ? t._ctx = An : r === 3 && An && (An.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
		}
	} else if (h(t)) {
		if (r & 65) {
			Si(e, { default: t });
			return;
		}
		t = {
			default: t,
			_ctx: An
		}, n = 32;
	} else t = String(t), r & 64 ? (n = 16, t = [W(t)]) : n = 8;
	e.children = t, e.shapeFlag |= n;
}
function Ci(...e) {
	let t = {};
	for (let n = 0; n < e.length; n++) {
		let r = e[n];
		for (let e in r) if (e === "class") t.class !== r.class && (t.class = T([t.class, r.class]));
		else if (e === "style") t.style = w([t.style, r.style]);
		else if (a(e)) {
			let n = t[e], i = r[e];
			i && n !== i && !(d(n) && n.includes(i)) ? t[e] = n ? [].concat(n, i) : i : i == null && n == null && !o(e) && (t[e] = i);
		} else e !== "" && (t[e] = r[e]);
	}
	return t;
}
function wi(e, t, n, r = null) {
	un(e, t, 7, [n, r]);
}
var Ti = /* @__PURE__ */ fr(), Ei = 0;
function Di() {
	return Ei;
}
function Oi(e, n, r) {
	let i = e.type, a = (n ? n.appContext : e.appContext) || Ti, o = {
		uid: Ei++,
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
		propsOptions: Fr(i, a),
		emitsOptions: vr(i, a),
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
	return o.ctx = { _: o }, o.root = n ? n.root : o, o.emit = _r.bind(null, o), e.ce && e.ce(o), o;
}
var ki = null, Ai = () => ki || An, ji, Mi;
{
	let e = me(), t = (t, n) => {
		let r;
		return (r = e[t]) || (r = e[t] = []), r.push(n), (e) => {
			r.length > 1 ? r.forEach((t) => t(e)) : r[0](e);
		};
	};
	ji = t("__VUE_INSTANCE_SETTERS__", (e) => ki = e), Mi = t("__VUE_SSR_SETTERS__", (e) => Ii = e);
}
var Ni = (e) => {
	let t = ki;
	return ji(e), e.scope.on(), () => {
		e.scope.off(), ji(t);
	};
}, Pi = () => {
	ki && ki.scope.off(), ji(null);
};
function Fi(e) {
	return e.vnode.shapeFlag & 4;
}
var Ii = !1;
function Li(e, t = !1, n = !1) {
	t && Mi(t);
	let { props: r, children: i } = e.vnode, a = Fi(e);
	jr(e, r, a, t), Ur(e, i, n || t);
	let o = a ? Ri(e, t) : void 0;
	return t && Mi(!1), o;
}
function Ri(e, t) {
	let n = e.type;
	e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, dr);
	let { setup: r } = n;
	if (r) {
		qe();
		let n = e.setupContext = r.length > 1 ? Ui(e) : null, i = Ni(e), a = ln(r, e, 0, [e.props, n]), o = y(a);
		if (Je(), i(), (o || e.sp) && !er(e) && Yn(e), o) {
			if (a.then(Pi, Pi), t) return a.then((n) => {
				Mi(!0);
				try {
					zi(e, n, t);
				} finally {
					Mi(!1);
				}
			}).catch((t) => {
				dn(t, e, 0, void 0, !0), e.ssrRender = (e, t) => t("<!---->");
			});
			e.asyncDep = a;
		} else zi(e, a, t);
	} else Bi(e, t);
}
function zi(e, t, n) {
	h(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : v(t) && (e.setupState = $t(t)), Bi(e, n);
}
function Bi(e, t, n) {
	let i = e.type;
	e.render ||= i.render || r;
}
var Vi = /* @__PURE__ */ Symbol(), Hi = { get(e, t) {
	return A(e, "get", ""), t === Vi ? e : e[t];
} };
function Ui(e) {
	return {
		attrs: new Proxy(e.attrs, Hi),
		slots: e.slots,
		emit: e.emit,
		expose: (t) => {
			e.exposed = t || {};
		}
	};
}
function Wi(e) {
	return e.exposed ? e.exposeProxy ||= new Proxy($t(Kt(e.exposed)), {
		get(t, n) {
			if (n in t) return t[n];
			if (n in lr) return lr[n](e);
		},
		has(e, t) {
			return t in e || t in lr;
		}
	}) : e.proxy;
}
function Gi(e) {
	return h(e) && "__vccOpts" in e;
}
var K = (e, t) => /* @__PURE__ */ tn(e, t, Ii), Ki = "3.5.45", qi = void 0, Ji = typeof window < "u" && window.trustedTypes;
if (Ji) try {
	qi = /* @__PURE__ */ Ji.createPolicy("vue", { createHTML: (e) => e });
} catch {}
var Yi = qi ? (e) => qi.createHTML(e) : (e) => e, Xi = "http://www.w3.org/2000/svg", Zi = "http://www.w3.org/1998/Math/MathML", Qi = typeof document < "u" ? document : null, $i = Qi && /* @__PURE__ */ Qi.createElement("template"), ea = {
	insert: (e, t, n) => {
		t.insertBefore(e, n || null);
	},
	remove: (e) => {
		let t = e.parentNode;
		t && t.removeChild(e);
	},
	createElement: (e, t, n, r) => {
		let i = t === "svg" ? Qi.createElementNS(Xi, e) : t === "mathml" ? Qi.createElementNS(Zi, e) : n ? Qi.createElement(e, { is: n }) : Qi.createElement(e);
		return e === "select" && r && r.multiple != null && i.setAttribute("multiple", r.multiple), i;
	},
	createText: (e) => Qi.createTextNode(e),
	createComment: (e) => Qi.createComment(e),
	setText: (e, t) => {
		e.nodeValue = t;
	},
	setElementText: (e, t) => {
		e.textContent = t;
	},
	parentNode: (e) => e.parentNode,
	nextSibling: (e) => e.nextSibling,
	querySelector: (e) => Qi.querySelector(e),
	setScopeId(e, t) {
		e.setAttribute(t, "");
	},
	insertStaticContent(e, t, n, r, i, a) {
		let o = n ? n.previousSibling : t.lastChild;
		if (i && (i === a || i.nextSibling)) for (; t.insertBefore(i.cloneNode(!0), n), i !== a && (i = i.nextSibling););
		else {
			$i.innerHTML = Yi(r === "svg" ? `<svg>${e}</svg>` : r === "mathml" ? `<math>${e}</math>` : e);
			let i = $i.content;
			if (r === "svg" || r === "mathml") {
				let e = i.firstChild;
				for (; e.firstChild;) i.appendChild(e.firstChild);
				i.removeChild(e);
			}
			t.insertBefore(i, n);
		}
		return [o ? o.nextSibling : t.firstChild, n ? n.previousSibling : t.lastChild];
	}
}, ta = /* @__PURE__ */ Symbol("_vtc");
function na(e, t, n) {
	let r = e[ta];
	r && (t = (t ? [t, ...r] : [...r]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
var ra = /* @__PURE__ */ Symbol("_vod"), ia = /* @__PURE__ */ Symbol("_vsh"), aa = /* @__PURE__ */ Symbol(""), oa = /(?:^|;)\s*display\s*:/;
function sa(e, t, n) {
	let r = e.style, i = g(n), a = !1;
	if (n && !i) {
		if (t) {
			if (g(t)) for (let e of t.split(";")) {
				let t = e.slice(0, e.indexOf(":")).trim();
				n[t] ?? la(r, t, "");
			}
			else for (let e in t) n[e] ?? la(r, e, "");
		}
		for (let i in n) {
			i === "display" && (a = !0);
			let o = n[i];
			o == null ? la(r, i, "") : pa(e, i, !g(t) && t ? t[i] : void 0, o) || la(r, i, o);
		}
	} else if (i) {
		if (t !== n) {
			let e = r[aa];
			e && (n += ";" + e), r.cssText = n, a = oa.test(n);
		}
	} else t && e.removeAttribute("style");
	ra in e && (i && t === n || (e[ra] = a ? r.display : ""), e[ia] && (r.display = "none"));
}
var ca = /\s*!important$/;
function la(e, t, n) {
	if (d(n)) n.forEach((n) => la(e, t, n));
	else if (n ??= "", t.startsWith("--")) ca.test(n) ? e.setProperty(t, n.replace(ca, ""), "important") : e.setProperty(t, n);
	else {
		let r = fa(e, t);
		ca.test(n) ? e.setProperty(oe(r), n.replace(ca, ""), "important") : e[r] = n;
	}
}
var ua = [
	"Webkit",
	"Moz",
	"ms"
], da = {};
function fa(e, t) {
	let n = da[t];
	if (n) return n;
	let r = C(t);
	if (r !== "filter" && r in e) return da[t] = r;
	r = se(r);
	for (let n = 0; n < ua.length; n++) {
		let i = ua[n] + r;
		if (i in e) return da[t] = i;
	}
	return t;
}
function pa(e, t, n, r) {
	return e.tagName === "TEXTAREA" && (t === "width" || t === "height") && g(r) && n === r;
}
var ma = "http://www.w3.org/1999/xlink";
function ha(e, t, n, r, i, a = ye(t)) {
	r && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(ma, t.slice(6, t.length)) : e.setAttributeNS(ma, t, n) : n == null || a && !be(n) ? e.removeAttribute(t) : e.setAttribute(t, a ? "" : _(n) ? String(n) : n);
}
function ga(e, t, n, r, i) {
	if (t === "innerHTML" || t === "textContent") {
		n != null && (e[t] = t === "innerHTML" ? Yi(n) : n);
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
		r === "boolean" ? n = be(n) : n == null && r === "string" ? (n = "", o = !0) : r === "number" && (n = 0, o = !0);
	}
	try {
		e[t] = n;
	} catch {}
	o && e.removeAttribute(i || t);
}
function _a(e, t, n, r) {
	e.addEventListener(t, n, r);
}
function va(e, t, n, r) {
	e.removeEventListener(t, n, r);
}
var ya = /* @__PURE__ */ Symbol("_vei");
function ba(e, t, n, r, i = null) {
	let a = e[ya] || (e[ya] = {}), o = a[t];
	if (r && o) o.value = r;
	else {
		let [n, s] = Ca(t);
		r ? _a(e, n, a[t] = Da(r, i), s) : o && (va(e, n, o, s), a[t] = void 0);
	}
}
var xa = /(Once|Passive|Capture)$/, Sa = /^on:?(?:Once|Passive|Capture)$/;
function Ca(e) {
	let t, n;
	for (; (n = e.match(xa)) && !Sa.test(e);) t ||= {}, e = e.slice(0, e.length - n[1].length), t[n[1].toLowerCase()] = !0;
	return [e[2] === ":" ? e.slice(3) : oe(e.slice(2)), t];
}
var wa = 0, Ta = /* @__PURE__ */ Promise.resolve(), Ea = () => wa ||= (Ta.then(() => wa = 0), Date.now());
function Da(e, t) {
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
				e && un(e, t, 5, a);
			}
		} else un(r, t, 5, [e]);
	};
	return n.value = e, n.attached = Ea(), n;
}
var Oa = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, ka = (e, t, n, r, i, s) => {
	let c = i === "svg";
	t === "class" ? na(e, r, c) : t === "style" ? sa(e, n, r) : a(t) ? o(t) || ba(e, t, n, r, s) : (t[0] === "." ? (t = t.slice(1), 1) : t[0] === "^" ? (t = t.slice(1), 0) : Aa(e, t, r, c)) ? (ga(e, t, r), e.tagName.includes("-") || t !== "value" && t !== "checked" && t !== "selected" || ha(e, t, r, c, s, t !== "value")) : e._isVueCE && (ja(e, t) || e._def.__asyncLoader && (/[A-Z]/.test(t) || !g(r))) ? ga(e, C(t), r, s, t) : (t === "true-value" ? e._trueValue = r : t === "false-value" && (e._falseValue = r), ha(e, t, r, c));
};
function Aa(e, t, n, r) {
	if (r) return !!(t === "innerHTML" || t === "textContent" || t in e && Oa(t) && h(n));
	if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "autocorrect" || t === "sandbox" && e.tagName === "IFRAME" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA") return !1;
	if (t === "width" || t === "height") {
		let t = e.tagName;
		if (t === "IMG" || t === "VIDEO" || t === "CANVAS" || t === "SOURCE") return !1;
	}
	return Oa(t) && g(n) ? !1 : t in e;
}
function ja(e, t) {
	let n = e._def.props;
	if (!n) return !1;
	let r = C(t);
	return Array.isArray(n) ? n.some((e) => C(e) === r) : Object.keys(n).some((e) => C(e) === r);
}
var Ma = (e) => {
	let t = e.props["onUpdate:modelValue"] || !1;
	return d(t) ? (e) => ue(t, e) : t;
};
function Na(e) {
	e.target.composing = !0;
}
function Pa(e) {
	let t = e.target;
	t.composing && (t.composing = !1, t.dispatchEvent(new Event("input")));
}
var Fa = /* @__PURE__ */ Symbol("_assign"), Ia = /* @__PURE__ */ Symbol("_initialValue");
function La(e, t, n) {
	return t && (e = e.trim()), n && (e = fe(e)), e;
}
var Ra = {
	created(e, { modifiers: { lazy: t, trim: n, number: r } }, i) {
		e.parentNode && (e.type === "text" ? e[Ia] = e.defaultValue.replace(/[\r\n]/g, "") : e.type === "textarea" && (e[Ia] = e.defaultValue.replace(/\r\n?/g, "\n"))), e[Fa] = Ma(i);
		let a = r || i.props && i.props.type === "number";
		_a(e, t ? "change" : "input", (t) => {
			t.target.composing || e[Fa](La(e.value, n, a));
		}), (n || a) && _a(e, "change", () => {
			e.value = La(e.value, n, a);
		}), t || (_a(e, "compositionstart", Na), _a(e, "compositionend", Pa), _a(e, "change", Pa));
	},
	mounted(e, { value: t, modifiers: { trim: n, number: r } }) {
		let i = t ?? "", a = e[Ia];
		delete e[Ia], a !== void 0 && (e.type === "text" || e.type === "textarea") && e.value !== a ? e[Fa](La(e.value, n, r)) : e.value = i;
	},
	beforeUpdate(e, { value: t, oldValue: n, modifiers: { lazy: r, trim: i, number: a } }, o) {
		if (e[Fa] = Ma(o), e.composing) return;
		let s = (a || e.type === "number") && !/^0\d/.test(e.value) ? fe(e.value) : e.value, c = t ?? "";
		if (s === c) return;
		let l = e.getRootNode();
		(l instanceof Document || l instanceof ShadowRoot) && l.activeElement === e && e.type !== "range" && (r && t === n || i && e.value.trim() === c) || (e.value = c);
	}
}, za = {
	deep: !0,
	created(e, t, n) {
		e[Fa] = Ma(n), _a(e, "change", () => {
			let t = e._modelValue, n = Wa(e), r = e.checked, i = e[Fa];
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
			} else i(Ga(e, r));
		});
	},
	mounted: Ba,
	beforeUpdate(e, t, n) {
		e[Fa] = Ma(n), Ba(e, t, n);
	}
};
function Ba(e, { value: t, oldValue: n }, r) {
	e._modelValue = t;
	let i;
	if (d(t)) i = Te(t, r.props.value) > -1;
	else if (p(t)) i = t.has(r.props.value);
	else {
		if (t === n) return;
		i = E(t, Ga(e, !0));
	}
	e.checked !== i && (e.checked = i);
}
var Va = {
	deep: !0,
	created(e, { value: t, modifiers: { number: n } }, r) {
		e._modelValue = t, _a(e, "change", () => {
			let t = Array.prototype.filter.call(e.options, (e) => e.selected).map((e) => n ? fe(Wa(e)) : Wa(e)), r = e.multiple, i = r ? p(e._modelValue) ? new Set(t) : t : t[0], a = e._pendingValue = [r, r ? d(i) ? t.slice() : t : i];
			try {
				e[Fa](i);
			} finally {
				yn(() => {
					e._pendingValue === a && (e._pendingValue = void 0);
				});
			}
		}), e[Fa] = Ma(r);
	},
	mounted(e, { value: t, modifiers: { number: n } }) {
		Ua(e, t, n);
	},
	beforeUpdate(e, { value: t }, n) {
		e._modelValue = t, e[Fa] = Ma(n);
	},
	updated(e, { value: t, modifiers: { number: n } }) {
		let r = e._pendingValue;
		e._pendingValue = void 0, r && r[0] === e.multiple && Ha(t, r[1], r[0]) || Ua(e, t, n);
	}
};
function Ha(e, t, n) {
	if (!n || d(e)) return E(e, t);
	if (p(e)) {
		if (e.size !== t.length) return !1;
		for (let n of t) if (!e.has(n)) return !1;
		return !0;
	}
	return !1;
}
function Ua(e, t, n = !1) {
	let r = e.multiple, i = d(t);
	if (!r || i || p(t)) {
		for (let a = 0, o = e.options.length; a < o; a++) {
			let o = e.options[a], s = Wa(o);
			if (r) {
				if (i) {
					let e = typeof s;
					o.selected = e === "string" || e === "number" ? t.some((e) => String(e) === String(s)) : Te(t, s) > -1;
				} else o.selected = t.has(s) || n && typeof s == "string" && t.has(fe(s));
			} else if (E(Wa(o), t)) {
				e.selectedIndex !== a && (e.selectedIndex = a);
				return;
			}
		}
		!r && e.selectedIndex !== -1 && (e.selectedIndex = -1);
	}
}
function Wa(e) {
	return "_value" in e ? e._value : e.value;
}
function Ga(e, t) {
	let n = t ? "_trueValue" : "_falseValue";
	return n in e ? e[n] : t;
}
var Ka = [
	"ctrl",
	"shift",
	"alt",
	"meta"
], qa = {
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
	exact: (e, t) => Ka.some((n) => e[`${n}Key`] && !t.includes(n))
}, Ja = (e, t) => {
	if (!e) return e;
	let n = e._withMods ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n, ...r) => {
		for (let e = 0; e < t.length; e++) {
			let r = qa[t[e]];
			if (r && r(n, t)) return;
		}
		return e(n, ...r);
	}));
}, Ya = {
	esc: "escape",
	space: " ",
	up: "arrow-up",
	left: "arrow-left",
	right: "arrow-right",
	down: "arrow-down",
	delete: "backspace"
}, Xa = (e, t) => {
	let n = e._withKeys ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n) => {
		if (!("key" in n)) return;
		let r = oe(n.key);
		if (t.some((e) => e === r || Ya[e] === r)) return e(n);
	}));
}, Za = /* @__PURE__ */ s({ patchProp: ka }, ea), Qa;
function $a() {
	return Qa ||= Gr(Za);
}
var eo = ((...e) => {
	let t = $a().createApp(...e), { mount: n } = t;
	return t.mount = (e) => {
		let r = no(e);
		if (!r) return;
		let i = t._component;
		h(i) || i.render || i.template || (i.template = r.innerHTML), r.nodeType === 1 && (r.textContent = "");
		let a = n(r, !1, to(r));
		return r instanceof Element && (r.removeAttribute("v-cloak"), r.setAttribute("data-v-app", "")), a;
	}, t;
});
function to(e) {
	if (e instanceof SVGElement) return "svg";
	if (typeof MathMLElement == "function" && e instanceof MathMLElement) return "mathml";
}
function no(e) {
	return g(e) ? document.querySelector(e) : e;
}
// src/model/runIndex.ts
var ro = class {
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
	result(e) {
		let t = this.resultAt.get(e);
		return t === void 0 ? void 0 : this.run.results[t];
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
	invalidate() {
		this.chainsCache = null, this.sizes = null, this.indexResults();
	}
};
function io(e) {
	return e >= 0 ? e >= .9 ? 0 : e >= .6 ? 1 : e >= .3 ? 2 : e >= .1 ? 3 : 4 : -1;
}
var ao = [
	"≥ 90%",
	"60–90%",
	"30–60%",
	"10–30%",
	"< 10%"
];
function oo(e) {
	return e >= 0 ? e >= .995 || e >= .1 ? (e * 100).toFixed(1) + "%" : e >= .001 ? (e * 100).toFixed(2) + "%" : (e * 100).toExponential(1) + "%" : "–";
}
var so = (e) => typeof e?.top_mass == "number", co = (e) => typeof e?.top_mass == "number" ? e.top_mass : uo(e?.top ?? null);
function lo(e, t) {
	if (typeof e.rank == "number") return `rank ${e.rank}`;
	let n = t?.top;
	if (!n) return "rank unknown";
	let r = n.findIndex(([t]) => t === e.token);
	return r >= 0 ? `rank ${r}` : `rank \u2265 ${n.length}`;
}
function uo(e) {
	if (!e) return NaN;
	let t = 0;
	for (let [, n] of e) t += Math.exp(n);
	return t;
}
// src/model/tokens.ts
function fo(e) {
	let t = new Uint8Array(e.length >> 1);
	for (let n = 0; n < t.length; n++) t[n] = parseInt(e.substr(n * 2, 2), 16);
	return t;
}
function po(e) {
	return e < 128 ? 1 : e >= 240 && e < 248 ? 4 : e >= 224 ? e < 240 ? 3 : 1 : e >= 192 ? 2 : 1;
}
function mo(e) {
	let t = 0;
	for (; t < e.length;) t += po(e[t]);
	return t === e.length;
}
var ho = new TextDecoder("utf-8"), go = (e) => typeof e == "number" && e < 0, _o = "text only: no single token id matched", vo = class {
	text = /* @__PURE__ */ new Map();
	bytes = /* @__PURE__ */ new Map();
	special;
	constructor(e, t = []) {
		this.special = new Set(t), this.add(e);
	}
	add(e) {
		for (let [t, n] of Object.entries(e.tokens)) this.text.set(Number(t), n);
		for (let [t, n] of Object.entries(e.token_bytes ?? {})) this.bytes.set(Number(t), fo(n));
	}
	display(e) {
		return this.text.get(e) ?? `<${e}>`;
	}
	rawBytes(e) {
		return this.bytes.get(e);
	}
	isSpecial(e) {
		return this.special.has(e);
	}
	segments(e) {
		let t = [], n = [], r = -1, i = (e) => {
			r < 0 || (t.push({
				start: r,
				end: e,
				text: ho.decode(new Uint8Array(n)),
				joined: e - r > 1
			}), n = [], r = -1);
		};
		return e.forEach((e, a) => {
			let o = this.bytes.get(e);
			if (!o) i(a), t.push({
				start: a,
				end: a + 1,
				text: this.display(e),
				joined: !1
			});
			else {
				r < 0 && (r = a);
				for (let e of o) n.push(e);
				mo(n) && i(a + 1);
			}
		}), i(e.length), t;
	}
	decode(e) {
		return this.segments(e).map((e) => e.text).join("");
	}
};
function yo(e) {
	return e.replace(/ /g, "·").replace(/\t/g, "→").replace(/\r/g, "␍").replace(/\n/g, "↵\n");
}
function bo(e) {
	return e === "" ? "∅" : e.replace(/ /g, "·").replace(/\t/g, "→").replace(/\r/g, "␍").replace(/\n/g, "↵");
}
// src/state.ts
var xo = /* @__PURE__ */ Yt(null), So = /* @__PURE__ */ Yt(null), q = /* @__PURE__ */ Yt(Kt(new vo({ tokens: {} }))), Co = /* @__PURE__ */ Yt(/* @__PURE__ */ new Map()), wo = /* @__PURE__ */ P(0), To = /* @__PURE__ */ P(null), Eo = /* @__PURE__ */ P(null), Do = /* @__PURE__ */ P(!1), Oo = /* @__PURE__ */ P(""), J = /* @__PURE__ */ P(0), Y = /* @__PURE__ */ P(1), ko = /* @__PURE__ */ P(-1), Ao = /* @__PURE__ */ P(!1), jo = /* @__PURE__ */ P("text"), Mo = K(() => xo.value?.mode === "live"), X = K(() => (wo.value, Co.value.get(Oo.value) ?? null)), Z = K(() => X.value?.run ?? null), Q = K(() => {
	wo.value;
	let e = X.value;
	return e ? e.path(J.value) : [];
}), No = K(() => {
	let e = Q.value;
	return e.length ? e[e.length - 1].top ? e.length : e.length - 1 : 0;
}), Po = K(() => Q.value[Y.value]), $ = K(() => Q.value[Y.value - 1]);
function Fo(e) {
	let t = Z.value;
	return !t || t.prompt_token_ids.some(go) ? !1 : !Q.value.slice(1, e).some((e) => go(e.token));
}
var Io = "a text-only token (no token id) cannot be fed to the model";
function Lo(e, t) {
	xo.value = Kt(e), So.value = Kt(t), q.value = Kt(new vo(t, t.model.special_token_ids ?? []));
	let n = /* @__PURE__ */ new Map();
	for (let e of t.runs) n.set(e.id, Kt(new ro(e)));
	Co.value = n, t.runs.length && Ro(t.runs[0].id), wo.value++;
}
function Ro(e) {
	let t = Co.value.get(e);
	if (!t) return;
	Oo.value = e;
	let n = t.run.results[0]?.node;
	J.value = n !== void 0 && t.has(n) ? n : t.extend(t.root.id), Y.value = 1, ko.value = -1;
}
function zo(e, t) {
	let n = X.value;
	n && n.has(e) && (t !== void 0 && n.has(t) && n.isAncestorOrSelf(e, t) ? J.value = t : n.isAncestorOrSelf(e, J.value) || (J.value = n.extend(e)), Y.value = Math.max(1, n.depth(e)), ko.value = -1);
}
function Bo(e) {
	let t = X.value;
	t && t.has(e) && (J.value = e, Y.value = t.depth(e) + 1, ko.value = -1);
}
function Vo(e) {
	let t = Math.min(Math.max(1, Y.value + e), Math.max(1, No.value));
	t !== Y.value && (Y.value = t, ko.value = -1);
}
function Ho(e) {
	q.value.add(e);
	let t = So.value;
	t && (Object.assign(t.tokens, e.tokens), e.token_bytes && (t.token_bytes = Object.assign(t.token_bytes ?? {}, e.token_bytes)));
}
async function Uo(e) {
	Eo.value = null, Do.value = !0;
	try {
		return await e();
	} catch (e) {
		Eo.value = e.message;
		return;
	} finally {
		Do.value = !1;
	}
}
async function Wo(e) {
	let t = X.value, n = $.value;
	if (!t || !n) return;
	let r = xo.value, i = r?.mode === "live", a = t.childByToken(n.id, e);
	if (a && !(i && a.top)) {
		zo(a.id);
		return;
	}
	let o = a;
	if (!o) {
		if (!r || !i) return;
		if (go(e) || !Fo(Y.value)) {
			Eo.value = Io;
			return;
		}
		let a = await Uo(() => r.expand(t.run.id, n.id, e));
		if (!a) return;
		Go(t, [a.node], a), o = a.node;
	}
	Ko(o);
}
function Go(e, t, n) {
	Ho(n);
	for (let n of t) e.addNode(n);
	wo.value++;
}
function Ko(e) {
	e.top ? Bo(e.id) : zo(e.id, e.id);
}
async function qo(e) {
	let t = X.value, n = xo.value;
	if (!t || !n || n.mode !== "live") return;
	let r = Po.value ?? Q.value[Q.value.length - 1];
	if (!r) return;
	if (!Fo(Y.value + 1)) {
		Eo.value = Io;
		return;
	}
	let i = await Uo(() => n.continueRun(t.run.id, r.id, e));
	if (!i) return;
	Go(t, i.nodes, i);
	let a = i.nodes[i.nodes.length - 1];
	a && zo(a.id, a.id);
}
async function Jo(e, t) {
	let n = xo.value, r = So.value;
	if (!n || !r || n.mode !== "live") return;
	let i = await Uo(() => n.newRun(e, t));
	i && Yo(r, i);
}
function Yo(e, t) {
	if (Ho(t), !Co.value.has(t.run.id)) {
		e.runs.push(t.run);
		let n = new Map(Co.value);
		n.set(t.run.id, Kt(new ro(t.run))), Co.value = n, wo.value++;
	}
	Ro(t.run.id);
}
function Xo(e) {
	let t = So.value;
	if (!t) return;
	if (e.op === "runs") {
		Yo(t, e.reply);
		return;
	}
	let n = Co.value.get(e.run);
	if (!n) return;
	let r = e.op === "expand" ? [e.reply.node] : e.reply.nodes;
	Go(n, r, e.reply), Oo.value !== e.run && Ro(e.run);
	let i = r[r.length - 1];
	i && (e.op === "expand" ? Ko(i) : zo(i.id, i.id));
}
// src/composables/useHashRoute.ts
function Zo(e) {
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
function Qo(e) {
	let t = new URLSearchParams({
		run: e.run,
		node: String(e.node)
	});
	return e.leaf !== void 0 && t.set("leaf", String(e.leaf)), e.next && t.set("next", "1"), "#" + t.toString();
}
function $o(e) {
	return Ro(e.run), Oo.value !== e.run || !X.value?.has(e.node) ? !1 : (e.next ? Bo(e.node) : zo(e.node, e.leaf), !0);
}
function es() {
	let e = Q.value, t = X.value;
	if (!t || !e.length) return null;
	let n = e[Y.value];
	if (!n) return {
		run: Oo.value,
		node: J.value,
		next: !0
	};
	let r = {
		run: Oo.value,
		node: n.id
	};
	return t.extend(n.id) !== J.value && (r.leaf = J.value), r;
}
function ts(e = window) {
	let t = () => {
		let t = Zo(e.location.hash);
		t && $o(t);
	};
	t(), e.addEventListener("hashchange", t), zn([
		Oo,
		J,
		Y,
		Q
	], () => {
		let t = es();
		if (!t) return;
		let n = Qo(t);
		e.location.hash !== n && e.history.replaceState(e.history.state, "", n);
	}, { immediate: !0 });
}
// src/composables/useKeyboard.ts
function ns() {
	let e = $.value?.top;
	if (!e || !e.length) return -1;
	if (ko.value >= 0) return Math.min(ko.value, e.length - 1);
	let t = Po.value?.token;
	return e.findIndex(([e]) => e === t);
}
function rs(e) {
	let t = $.value?.top;
	if (!t || !t.length) return;
	let n = ns(), r = n < 0 ? e > 0 ? -1 : t.length : n;
	ko.value = Math.min(Math.max(0, r + e), t.length - 1);
}
function is() {
	let e = $.value?.top, t = ns();
	e && t >= 0 && Wo(e[t][0]);
}
function as(e) {
	let t = e.target;
	if (t && (t.isContentEditable || [
		"INPUT",
		"TEXTAREA",
		"SELECT"
	].includes(t.tagName)) || e.altKey || e.ctrlKey || e.metaKey || e.key === "Enter" && t && ["BUTTON", "A"].includes(t.tagName)) return !1;
	switch (e.key) {
		case "ArrowLeft":
			Vo(-1);
			break;
		case "ArrowRight":
			Vo(1);
			break;
		case "ArrowUp":
			rs(-1);
			break;
		case "ArrowDown":
			rs(1);
			break;
		case "Home":
			Vo(-1e9);
			break;
		case "End":
			Vo(1e9);
			break;
		case "Enter":
			is();
			break;
		default: return !1;
	}
	return e.preventDefault(), !0;
}
function os(e = window) {
	let t = (e) => {
		as(e);
	};
	ir(() => e.addEventListener("keydown", t)), ar(() => e.removeEventListener("keydown", t));
}
// src/embedding.ts
var ss = Symbol("tracegen-embedded"), cs = {
	class: "tg-distribution",
	"data-testid": "distribution"
}, ls = { class: "tg-distribution__head" }, us = {
	key: 0,
	class: "tg-distribution__chosen"
}, ds = ["title"], fs = {
	class: "tg-num",
	"data-testid": "chosen-prob"
}, ps = {
	class: "tg-distribution__faint",
	"data-testid": "chosen-rank"
}, ms = {
	key: 0,
	class: "tg-distribution__empty",
	"data-testid": "not-evaluated"
}, hs = { class: "tg-distribution__stats" }, gs = {
	class: "tg-num",
	"data-testid": "entropy"
}, _s = {
	key: 0,
	class: "tg-distribution__faint"
}, vs = {
	class: "tg-num",
	"data-testid": "mass"
}, ys = { key: 0 }, bs = { class: "tg-num" }, xs = [
	"aria-selected",
	"data-token",
	"data-rank",
	"title",
	"onClick"
], Ss = { class: "tg-num tg-distribution__rank" }, Cs = ["title"], ws = { class: "tg-distribution__bar" }, Ts = {
	class: "tg-num",
	"data-testid": "prob"
}, Es = {
	class: "tg-num r tg-distribution__lp",
	"data-testid": "logprob"
}, Ds = { class: "tg-distribution__mark" }, Os = {
	key: 0,
	class: "tg-distribution__row tg-distribution__rest",
	"data-testid": "rest",
	title: "the probability of all tokens outside the top-k: not recorded"
}, ks = { class: "tg-distribution__bar" }, As = { class: "tg-num" }, js = {
	key: 1,
	class: "tg-distribution__outside"
}, Ms = { class: "tg-mono" }, Ns = { class: "tg-distribution__foot" }, Ps = /*@__PURE__*/ Jn({
	__name: "TgDistribution",
	setup(e) {
		let t = K(() => {
			let e = $.value, t = X.value;
			if (!e || !e.top || !t) return [];
			let n = Po.value?.token, r = q.value, i = Math.exp(e.top[0]?.[1] ?? 0), a = Mo.value && Fo(Y.value);
			return e.top.map(([o, s], c) => {
				let l = t.childByToken(e.id, o), u = Math.exp(s), d = go(o);
				return {
					token: o,
					rank: c,
					lp: s,
					p: u,
					width: i > 0 ? u / i * 100 : 0,
					label: bo(r.display(o)),
					special: r.isSpecial(o),
					unmapped: d,
					action: l !== void 0 || a && !d,
					chosen: o === n,
					child: l?.id,
					pruned: l ? t.isPruned(l.id) : !1,
					size: l ? t.subtreeSize(l.id) + 1 : 0
				};
			});
		}), n = K(() => (ko.value, ns())), r = K(() => {
			let e = Po.value;
			return !e || !$.value?.top || $.value.top.some(([t]) => t === e.token) ? null : {
				label: bo(q.value.display(e.token)),
				p: Math.exp(e.logprob ?? NaN)
			};
		}), i = K(() => {
			let e = Y.value;
			return Po.value ? `Token ${e} of ${Q.value.length - 1}` : "Next token after the path";
		}), a = K(() => co($.value)), o = K(() => $.value?.entropy ?? null), s = K(() => so($.value) && o.value === null), c = K(() => {
			let e = $.value?.top, t = Math.max(0, 1 - a.value);
			return {
				p: t,
				width: e?.length ? Math.min(100, t / Math.exp(e[0][1]) * 100) : 0
			};
		}), l = K(() => $.value?.top?.length ?? Z.value?.top_k ?? 0), u = K(() => Po.value ? lo(Po.value, $.value) : "");
		function d(e, t, n) {
			ko.value = e, n && Wo(t);
		}
		let f = /* @__PURE__ */ P(null);
		return zn(n, async (e) => {
			await yn(), (f.value?.children[e])?.scrollIntoView?.({ block: "nearest" });
		}), (e, p) => (B(), V("section", cs, [H("header", ls, [H("h2", null, D(i.value), 1), F(Po) ? (B(), V("div", us, [
			p[0] ||= W(" chose ", -1),
			H("span", {
				class: T(["tg-distribution__tok tg-mono", { "tg-unmapped": F(go)(F(Po).token) }]),
				title: F(go)(F(Po).token) ? F(_o) : void 0
			}, D(F(bo)(F(q).display(F(Po).token))), 11, ds),
			H("span", fs, D(F(oo)(Math.exp(F(Po).logprob ?? NaN))), 1),
			H("span", ps, D(u.value), 1)
		])) : G("", !0)]), F($)?.top ? (B(), V(R, { key: 1 }, [
			H("dl", hs, [
				H("div", null, [p[1] ||= H("dt", null, "entropy", -1), H("dd", gs, [W(D(o.value === null ? "unknown" : `${o.value.toFixed(3)} nats`), 1), s.value ? (B(), V("span", _s, " (only the top-k was returned)")) : G("", !0)])]),
				H("div", null, [H("dt", null, "top-" + D(l.value) + " covers", 1), H("dd", vs, D((a.value * 100).toFixed(1)) + "%", 1)]),
				o.value === null ? G("", !0) : (B(), V("div", ys, [p[2] ||= H("dt", null, "perplexity", -1), H("dd", bs, D(Math.exp(o.value).toFixed(2)), 1)]))
			]),
			p[7] ||= H("div", { class: "tg-distribution__cols" }, [
				H("span", null, "#"),
				H("span", null, "token"),
				H("span", null, "probability"),
				H("span", { class: "r" }, "logprob"),
				H("span")
			], -1),
			H("ol", {
				ref_key: "list",
				ref: f,
				class: "tg-distribution__rows",
				role: "listbox",
				"aria-label": "top-k candidates"
			}, [(B(!0), V(R, null, sr(t.value, (e, t) => (B(), V("li", {
				key: e.token,
				role: "option",
				"aria-selected": e.chosen,
				class: T(["tg-distribution__row", {
					"tg-distribution__row--chosen": e.chosen,
					"tg-distribution__row--focus": t === n.value,
					"tg-distribution__row--branch": e.child !== void 0,
					"tg-distribution__row--pruned": e.pruned,
					"tg-distribution__row--action": e.action
				}]),
				"data-token": e.token,
				"data-rank": e.rank,
				title: e.child === void 0 ? e.action ? "click to extend the path with this token" : "" : `recorded branch: ${e.size} node(s) — click to follow`,
				onClick: (n) => d(t, e.token, e.action)
			}, [
				H("span", Ss, D(e.rank), 1),
				H("span", {
					class: T(["tg-mono tg-distribution__tok", {
						"tg-distribution__tok--special": e.special,
						"tg-unmapped": e.unmapped
					}]),
					title: e.unmapped ? F(_o) : void 0
				}, D(e.label), 11, Cs),
				H("span", ws, [H("span", { style: w({ width: `${e.width}%` }) }, null, 4), H("em", Ts, D(F(oo)(e.p)), 1)]),
				H("span", Es, D(e.lp.toFixed(3)), 1),
				H("span", Ds, D(e.child === void 0 ? "" : "↳"), 1)
			], 10, xs))), 128))], 512),
			s.value ? (B(), V("div", Os, [
				p[3] ||= H("span", { class: "tg-distribution__rank" }, "…", -1),
				p[4] ||= H("span", null, "other tokens:", -1),
				H("span", ks, [H("span", { style: w({ width: `${c.value.width}%` }) }, null, 4), H("em", As, D((c.value.p * 100).toFixed(1)) + "%", 1)]),
				p[5] ||= H("span", { class: "tg-distribution__rest-note" }, "not recorded", -1)
			])) : G("", !0),
			r.value ? (B(), V("div", js, [
				p[6] ||= W(" chosen token ", -1),
				H("span", Ms, D(r.value.label), 1),
				W(" is outside the top-" + D(l.value) + ": " + D(u.value) + ", " + D(F(oo)(r.value.p)), 1)
			])) : G("", !0),
			H("p", Ns, [F(Mo) ? (B(), V(R, { key: 0 }, [W("Click a candidate to continue the path with it" + D(F(Do) ? " …" : "") + "." + D(t.value.some((e) => e.unmapped) || !F(Fo)(F(Y)) ? " Text-only tokens (wavy underline) cannot be fed to the model." : ""), 1)], 64)) : (B(), V(R, { key: 1 }, [W("↳ = a recorded branch; click or press Enter to follow it.")], 64))])
		], 64)) : (B(), V("div", ms, " Not evaluated: this context was never run through the model" + D(F($)?.finish ? ` (sequence ended: ${F($).finish})` : "") + ". ", 1))]));
	}
}), Fs = (e, t) => {
	let n = e.__vccOpts || e;
	for (let [e, r] of t) n[e] = r;
	return n;
}, Is = /*#__PURE__*/ Fs(Ps, [["__scopeId", "data-v-2bc6d941"]]), Ls = { class: "tg-search tg-noprint" }, Rs = ["onKeydown"], zs = {
	key: 0,
	class: "tg-search__pop",
	"data-testid": "search-results"
}, Bs = { class: "tg-search__count" }, Vs = ["data-node", "onMousedown"], Hs = { class: "tg-search__ctx tg-mono" }, Us = { class: "tg-search__tok tg-mono" }, Ws = { class: "tg-search__depth tg-num" }, Gs = 100, Ks = /*#__PURE__*/ Fs(/* @__PURE__ */ Jn({
	__name: "TgSearch",
	setup(e) {
		let t = /* @__PURE__ */ P(""), n = /* @__PURE__ */ P(!1), r = K(() => {
			wo.value;
			let e = t.value, n = X.value;
			if (!e || !n) return {
				rows: [],
				total: 0
			};
			let r = e.toLowerCase(), i = q.value, a = [], o = 0;
			for (let e of n.run.nodes) {
				if (e.token === null) continue;
				let t = i.display(e.token);
				if (t.toLowerCase().includes(r) && (o++, a.length < Gs)) {
					let r = n.path(e.id).slice(-6, -1).filter((e) => e.token !== null).map((e) => e.token);
					a.push({
						id: e.id,
						depth: n.depth(e.id),
						label: bo(t),
						context: i.decode(r)
					});
				}
			}
			return {
				rows: a,
				total: o
			};
		});
		function i(e) {
			zo(e), n.value = !1;
		}
		function a() {
			let e = r.value.rows[0];
			e && i(e.id);
		}
		return (e, o) => (B(), V("div", Ls, [Pn(H("input", {
			"onUpdate:modelValue": o[0] ||= (e) => t.value = e,
			type: "search",
			placeholder: "Search tokens in this run",
			"data-testid": "search",
			onFocus: o[1] ||= (e) => n.value = !0,
			onInput: o[2] ||= (e) => n.value = !0,
			onKeydown: [Xa(Ja(a, ["prevent"]), ["enter"]), o[3] ||= Xa((e) => n.value = !1, ["escape"])]
		}, null, 40, Rs), [[Ra, t.value]]), n.value && t.value ? (B(), V("div", zs, [H("div", Bs, D(r.value.total) + " match" + D(r.value.total === 1 ? "" : "es") + D(r.value.total > Gs ? ` (first ${Gs})` : ""), 1), (B(!0), V(R, null, sr(r.value.rows, (e) => (B(), V("button", {
			key: e.id,
			class: "tg-search__hit",
			"data-node": e.id,
			onMousedown: Ja((t) => i(e.id), ["prevent"])
		}, [
			H("span", Hs, "…" + D(e.context), 1),
			H("span", Us, D(e.label), 1),
			H("span", Ws, "step " + D(e.depth), 1)
		], 40, Vs))), 128))])) : G("", !0)]));
	}
}), [["__scopeId", "data-v-8996ddc1"]]), qs = { class: "tg-header" }, Js = { class: "tg-header__run" }, Ys = ["value"], Xs = ["value"], Zs = { class: "tg-header__tools tg-noprint" }, Qs = {
	class: "tg-header__toggle",
	title: "Show spaces, newlines and special tokens"
}, $s = /*#__PURE__*/ Fs(/* @__PURE__ */ Jn({
	__name: "TgHeader",
	setup(e) {
		let t = K(() => (wo.value, (So.value?.runs ?? []).map((e) => ({
			run: e,
			size: Co.value.get(e.id)?.size ?? e.nodes.length
		})))), n = /* @__PURE__ */ P(!1);
		function r(e, t = 48) {
			let n = e.replace(/\s+/g, " ").trim();
			return n.length > t ? n.slice(0, t - 1) + "…" : n;
		}
		function i() {
			let e = Z.value;
			if (!e) return "";
			let t = Q.value.slice(1).map((e) => e.token);
			return (e.prompt_token_ids.length ? q.value.decode(e.prompt_token_ids) : e.prompt) + q.value.decode(t);
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
			Ro(e.target.value);
		}
		return (e, i) => (B(), V("header", qs, [
			i[3] ||= H("div", { class: "tg-header__brand" }, [H("span", { class: "tg-header__logo" }, "◆"), W(" tracegen")], -1),
			H("label", Js, [i[1] ||= H("span", null, "Run", -1), H("select", {
				"data-testid": "run-select",
				value: F(Oo),
				onChange: o
			}, [(B(!0), V(R, null, sr(t.value, ({ run: e, size: t }) => (B(), V("option", {
				key: e.id,
				value: e.id
			}, D(e.id) + " · " + D(e.strategy.name) + " · " + D(t) + " nodes — " + D(r(e.prompt)), 9, Xs))), 128))], 40, Ys)]),
			U(Ks),
			H("div", Zs, [H("label", Qs, [Pn(H("input", {
				"onUpdate:modelValue": i[0] ||= (e) => /* @__PURE__ */ N(Ao) ? Ao.value = e : null,
				type: "checkbox",
				"data-testid": "toggle-invisible"
			}, null, 512), [[za, F(Ao)]]), i[2] ||= W(" whitespace & special ", -1)]), H("button", {
				"data-testid": "copy",
				title: "Copy the prompt and the selected path's text",
				onClick: a
			}, D(n.value ? "Copied" : "Copy text"), 1)])
		]));
	}
}), [["__scopeId", "data-v-eb121623"]]), ec = {
	class: "tg-legend",
	"data-testid": "legend"
}, tc = {
	key: 0,
	class: "tg-legend__item",
	"data-testid": "legend-unmapped"
}, nc = {
	key: 1,
	class: "tg-legend__item",
	"data-testid": "legend-unknown-entropy"
}, rc = /*#__PURE__*/ Fs(/* @__PURE__ */ Jn({
	__name: "TgLegend",
	setup(e) {
		let t = K(() => Q.value.slice(0, -1).some((e) => e.entropy === null)), n = K(() => (wo.value, Object.keys(So.value?.tokens ?? {}).some((e) => e.startsWith("-"))));
		return (e, r) => (B(), V("div", ec, [
			r[2] ||= H("span", { class: "tg-legend__title" }, "Probability the model gave each token:", -1),
			(B(!0), V(R, null, sr(F(ao), (e, t) => (B(), V("span", {
				key: t,
				class: "tg-legend__item"
			}, [H("span", { class: T(["tg-legend__swatch", `tg-p${t}`]) }, null, 2), W(D(e), 1)]))), 128)),
			r[3] ||= H("span", { class: "tg-legend__item" }, [H("span", { class: "tg-legend__dotted" }, "ab"), W(" has branches")], -1),
			r[4] ||= H("span", { class: "tg-legend__item" }, [H("span", { class: "tg-legend__prompt" }, "ab"), W(" prompt")], -1),
			n.value ? (B(), V("span", tc, [...r[0] ||= [H("span", { class: "tg-unmapped tg-mono" }, "ab", -1), W(" text only (no token id)", -1)]])) : G("", !0),
			t.value ? (B(), V("span", nc, [...r[1] ||= [H("span", { class: "tg-legend__swatch tg-legend__hatch" }, null, -1), W(" H: entropy unknown (only the top-k, or not recorded)", -1)]])) : G("", !0)
		]));
	}
}), [["__scopeId", "data-v-44c0b4b9"]]), ic = {
	class: "tg-live tg-noprint",
	"data-testid": "live"
}, ac = { class: "tg-live__col" }, oc = ["disabled"], sc = ["disabled", "title"], cc = {
	key: 1,
	class: "tg-live__links"
}, lc = ["href"], uc = ["href"], dc = {
	key: 0,
	class: "tg-live__error",
	role: "alert"
}, fc = {
	key: 1,
	class: "tg-live__busy"
}, pc = /*#__PURE__*/ Fs(/* @__PURE__ */ Jn({
	__name: "TgLive",
	setup(e) {
		let t = /* @__PURE__ */ P(""), n = /* @__PURE__ */ P(!1), r = /* @__PURE__ */ P(16), i = /* @__PURE__ */ P("greedy"), a = /* @__PURE__ */ P(1), o = /* @__PURE__ */ P(1), s = /* @__PURE__ */ P(""), c = K(() => xo.value?.downloads() ?? null), l = K(() => Fo(Y.value + 1));
		function u() {
			t.value.trim() && Jo(t.value, n.value);
		}
		function d() {
			let e = s.value.trim();
			qo({
				steps: Math.max(1, Math.floor(r.value)),
				mode: i.value,
				temperature: a.value,
				top_p: o.value,
				seed: e === "" ? null : Number(e)
			});
		}
		return (e, f) => (B(), V("section", ic, [
			H("form", {
				class: "tg-live__row",
				onSubmit: Ja(u, ["prevent"])
			}, [Pn(H("textarea", {
				"onUpdate:modelValue": f[0] ||= (e) => t.value = e,
				rows: "2",
				placeholder: "New prompt…",
				"data-testid": "live-prompt"
			}, null, 512), [[Ra, t.value]]), H("div", ac, [H("label", null, [Pn(H("input", {
				"onUpdate:modelValue": f[1] ||= (e) => n.value = e,
				type: "checkbox"
			}, null, 512), [[za, n.value]]), f[7] ||= W(" chat template", -1)]), H("button", {
				type: "submit",
				disabled: F(Do),
				"data-testid": "live-start"
			}, "Start run", 8, oc)])], 32),
			H("form", {
				class: "tg-live__row tg-live__continue",
				onSubmit: Ja(d, ["prevent"])
			}, [
				H("button", {
					type: "submit",
					disabled: F(Do) || !l.value,
					"data-testid": "live-continue",
					title: l.value ? "generate after the selected token (a new branch if it differs from what follows)" : "this path holds a text-only token: it cannot be fed to the model"
				}, "Continue", 8, sc),
				Pn(H("input", {
					"onUpdate:modelValue": f[2] ||= (e) => r.value = e,
					type: "number",
					min: "1",
					max: "512",
					"aria-label": "tokens"
				}, null, 512), [[
					Ra,
					r.value,
					void 0,
					{ number: !0 }
				]]),
				f[12] ||= W(" tokens ", -1),
				Pn(H("select", {
					"onUpdate:modelValue": f[3] ||= (e) => i.value = e,
					"aria-label": "mode"
				}, [...f[8] ||= [H("option", { value: "greedy" }, "greedy", -1), H("option", { value: "sample" }, "sample", -1)]], 512), [[Va, i.value]]),
				i.value === "sample" ? (B(), V(R, { key: 0 }, [
					H("label", null, [f[9] ||= W("T ", -1), Pn(H("input", {
						"onUpdate:modelValue": f[4] ||= (e) => a.value = e,
						type: "number",
						step: "0.1",
						min: "0.01"
					}, null, 512), [[
						Ra,
						a.value,
						void 0,
						{ number: !0 }
					]])]),
					H("label", null, [f[10] ||= W("top-p ", -1), Pn(H("input", {
						"onUpdate:modelValue": f[5] ||= (e) => o.value = e,
						type: "number",
						step: "0.05",
						min: "0.01",
						max: "1"
					}, null, 512), [[
						Ra,
						o.value,
						void 0,
						{ number: !0 }
					]])]),
					H("label", null, [f[11] ||= W("seed ", -1), Pn(H("input", {
						"onUpdate:modelValue": f[6] ||= (e) => s.value = e,
						type: "text",
						inputmode: "numeric",
						placeholder: "random"
					}, null, 512), [[Ra, s.value]])])
				], 64)) : G("", !0),
				c.value ? (B(), V("span", cc, [H("a", {
					href: c.value.json,
					download: ""
				}, "trace.json", 8, lc), H("a", {
					href: c.value.html,
					download: ""
				}, "trace.html", 8, uc)])) : G("", !0)
			], 32),
			F(Eo) ? (B(), V("div", dc, D(F(Eo)), 1)) : F(Do) ? (B(), V("div", fc, "working…")) : G("", !0)
		]));
	}
}), [["__scopeId", "data-v-c004ab20"]]), mc = {
	key: 0,
	class: "tg-meta",
	"data-testid": "meta"
}, hc = { "data-testid": "meta-model" }, gc = {
	key: 0,
	class: "tg-meta__faint"
}, _c = { key: 0 }, vc = {
	key: 1,
	"data-testid": "meta-backend"
}, yc = { key: 2 }, bc = {
	key: 3,
	class: "tg-mono",
	"data-testid": "meta-server"
}, xc = { key: 4 }, Sc = {
	key: 5,
	"data-testid": "meta-imported"
}, Cc = { key: 6 }, wc = { key: 7 }, Tc = { key: 8 }, Ec = {
	key: 9,
	"data-testid": "meta-vocab"
}, Dc = { "data-testid": "meta-strategy" }, Oc = { key: 10 }, kc = { key: 11 }, Ac = /*#__PURE__*/ Fs(/* @__PURE__ */ Jn({
	__name: "TgMeta",
	setup(e) {
		let t = K(() => So.value?.model), n = K(() => Object.entries(Z.value?.strategy ?? {}).filter(([e]) => e !== "name")), r = K(() => {
			let e = So.value?.created;
			if (!e) return "–";
			let t = new Date(e);
			return Number.isNaN(t.getTime()) ? e : t.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC").replace(/Z$/, " UTC");
		}), i = K(() => (wo.value, X.value?.size ?? 0));
		function a(e) {
			return typeof e == "string" ? e : JSON.stringify(e);
		}
		return (e, o) => t.value && F(Z) ? (B(), V("section", mc, [o[5] ||= H("h2", null, "Run details", -1), H("dl", null, [
			o[0] ||= H("dt", null, "model", -1),
			H("dd", hc, [W(D(t.value.name), 1), t.value.source && t.value.source !== t.value.name ? (B(), V("span", gc, " (" + D(t.value.source) + ")", 1)) : G("", !0)]),
			t.value.backend ? (B(), V("dt", _c, "backend")) : G("", !0),
			t.value.backend ? (B(), V("dd", vc, D([
				t.value.backend,
				t.value.dtype,
				t.value.device
			].filter(Boolean).join(" · ")), 1)) : G("", !0),
			t.value.base_url ? (B(), V("dt", yc, "server")) : G("", !0),
			t.value.base_url ? (B(), V("dd", bc, D(t.value.base_url), 1)) : G("", !0),
			t.value.imported_from ? (B(), V("dt", xc, "imported")) : G("", !0),
			t.value.imported_from ? (B(), V("dd", Sc, D(a(t.value.imported_from)), 1)) : G("", !0),
			t.value.tokenizer ? (B(), V("dt", Cc, "tokenizer")) : G("", !0),
			t.value.tokenizer ? (B(), V("dd", wc, D(a(t.value.tokenizer)), 1)) : G("", !0),
			t.value.vocab_size === void 0 ? G("", !0) : (B(), V("dt", Tc, "vocabulary")),
			t.value.vocab_size === void 0 ? G("", !0) : (B(), V("dd", Ec, D(t.value.vocab_size === null ? "unknown" : `${t.value.vocab_size} tokens`), 1)),
			o[1] ||= H("dt", null, "strategy", -1),
			H("dd", Dc, [H("b", null, D(F(Z).strategy.name), 1), (B(!0), V(R, null, sr(n.value, ([e, t]) => (B(), V("span", {
				key: e,
				class: "tg-meta__param"
			}, D(e) + "=" + D(a(t)), 1))), 128))]),
			o[2] ||= H("dt", null, "top-k", -1),
			H("dd", null, D(F(Z).top_k) + " recorded per step · " + D(i.value) + " nodes" + D(F(Z).complete ? "" : " · incomplete"), 1),
			F(Z).max_new_tokens ? (B(), V("dt", Oc, "max tokens")) : G("", !0),
			F(Z).max_new_tokens ? (B(), V("dd", kc, D(F(Z).max_new_tokens) + D(F(Z).chat ? " · chat template" : ""), 1)) : G("", !0),
			o[3] ||= H("dt", null, "created", -1),
			H("dd", null, D(r.value), 1),
			o[4] ||= H("dt", null, "tracegen", -1),
			H("dd", null, D(F(So)?.tracegen_version || "–") + " · format v" + D(F(So)?.version), 1)
		])])) : G("", !0);
	}
}), [["__scopeId", "data-v-873bdc62"]]);
// src/composables/useVirtualList.ts
function jc(e, t, n, r = 8) {
	let i = /* @__PURE__ */ P(0), a = /* @__PURE__ */ P(480), o = () => {
		e.value && (i.value = e.value.scrollTop);
	}, s = null;
	ir(() => {
		let t = e.value;
		t && (a.value = t.clientHeight || a.value, typeof ResizeObserver < "u" && (s = new ResizeObserver(() => {
			a.value = t.clientHeight || a.value;
		}), s.observe(t)));
	}), ar(() => s?.disconnect());
	let c = K(() => Math.max(0, Math.floor(i.value / n) - r));
	return {
		start: c,
		end: K(() => Math.min(t.value, Math.ceil((i.value + a.value) / n) + r)),
		total: K(() => t.value * n),
		offset: K(() => c.value * n),
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
var Mc = {
	class: "tg-outline",
	"data-testid": "outline"
}, Nc = { class: "tg-outline__bar tg-noprint" }, Pc = ["data-node"], Fc = ["aria-expanded", "onClick"], Ic = {
	key: 1,
	class: "tg-outline__toggle tg-outline__toggle--none"
}, Lc = { class: "tg-outline__tokens" }, Rc = ["data-node", "onClick"], zc = {
	key: 0,
	class: "tg-outline__more"
}, Bc = { class: "tg-outline__info" }, Vc = { key: 0 }, Hc = {
	key: 1,
	class: "tg-outline__result"
}, Uc = { key: 2 }, Wc = { key: 3 }, Gc = 26, Kc = 60, qc = /*#__PURE__*/ Fs(/* @__PURE__ */ Jn({
	__name: "TgOutline",
	setup(e) {
		let t = /* @__PURE__ */ P(/* @__PURE__ */ new Map());
		zn(X, () => {
			t.value = /* @__PURE__ */ new Map();
		});
		let n = K(() => new Set(Q.value.map((e) => e.id)));
		function r(e) {
			let r = e.nodes[e.nodes.length - 1];
			return t.value.get(r) ?? n.value.has(r);
		}
		let i = K(() => {
			wo.value;
			let e = X.value;
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
		}), a = /* @__PURE__ */ P(null), { start: o, end: s, total: c, offset: l, onScroll: u, reveal: d } = jc(a, K(() => i.value.length), Gc), f = K(() => {
			let e = X.value;
			if (!e) return [];
			let t = q.value, r = Q.value[Y.value]?.id;
			return i.value.slice(o.value, s.value).map(({ chain: i, open: a }, s) => {
				let c = i.nodes[i.nodes.length - 1], l = e.children(c).length, u = i.nodes.slice(0, Kc);
				return {
					key: i.nodes[0],
					last: c,
					index: o.value + s,
					level: i.level,
					open: a,
					kids: l,
					onPath: n.value.has(i.nodes[0]),
					pruned: e.isPruned(i.nodes[0]),
					result: e.resultRank(c),
					finish: e.node(c)?.finish,
					more: i.nodes.length - u.length,
					tokens: u.map((n) => {
						let i = e.node(n);
						return {
							id: n,
							label: bo(t.display(i.token)),
							bin: io(Math.exp(i.logprob ?? NaN)),
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
			let n = X.value;
			if (!n) return;
			let r = /* @__PURE__ */ new Map(), i = [...n.chains()];
			for (; i.length;) {
				let t = i.pop();
				r.set(t.nodes[t.nodes.length - 1], e), i.push(...t.children);
			}
			t.value = r;
		}
		function h() {
			let e = Q.value[Y.value]?.id;
			if (e === void 0) return;
			let t = i.value.findIndex((t) => t.chain.nodes.includes(e));
			d(t);
		}
		return zn([Y, Q], async () => {
			await yn(), h();
		}), ir(() => h()), (e, t) => (B(), V("section", Mc, [H("div", Nc, [
			H("span", null, D(i.value.length) + " branch" + D(i.value.length === 1 ? "" : "es") + " shown · chains of single continuations are folded into one row", 1),
			H("button", { onClick: t[0] ||= (e) => m(!0) }, "Expand all"),
			H("button", { onClick: t[1] ||= (e) => m(!1) }, "Collapse all")
		]), H("div", {
			ref_key: "box",
			ref: a,
			class: "tg-outline__scroll",
			onScroll: t[2] ||= (...e) => F(u) && F(u)(...e)
		}, [H("div", { style: w({
			height: `${F(c)}px`,
			position: "relative"
		}) }, [H("div", { style: w({ transform: `translateY(${F(l)}px)` }) }, [(B(!0), V(R, null, sr(f.value, (e) => (B(), V("div", {
			key: e.key,
			class: T(["tg-outline__row", {
				"tg-outline__row--path": e.onPath,
				"tg-outline__row--pruned": e.pruned
			}]),
			style: w({ paddingLeft: `${Math.min(e.level, 30) * 14 + 4}px` }),
			"data-node": e.key
		}, [
			e.kids > 1 ? (B(), V("button", {
				key: 0,
				class: "tg-outline__toggle",
				"aria-expanded": e.open,
				onClick: (t) => p(e.last, e.open)
			}, D(e.open ? "▾" : "▸"), 9, Fc)) : (B(), V("span", Ic, "·")),
			H("span", Lc, [(B(!0), V(R, null, sr(e.tokens, (e) => (B(), V("span", {
				key: e.id,
				class: T([[`tg-p${e.bin}`, { "tg-outline__tok--sel": e.sel }], "tg-outline__tok"]),
				"data-node": e.id,
				onClick: (t) => F(zo)(e.id)
			}, D(e.label), 11, Rc))), 128)), e.more ? (B(), V("span", zc, "+" + D(e.more), 1)) : G("", !0)]),
			H("span", Bc, [
				e.kids > 1 ? (B(), V("span", Vc, D(e.kids) + " branches", 1)) : G("", !0),
				e.result === void 0 ? G("", !0) : (B(), V("span", Hc, "#" + D(e.result + 1), 1)),
				e.finish ? (B(), V("span", Uc, D(e.finish), 1)) : G("", !0),
				e.pruned ? (B(), V("span", Wc, "pruned")) : G("", !0)
			])
		], 14, Pc))), 128))], 4)], 4)], 544)]));
	}
}), [["__scopeId", "data-v-3f305700"]]), Jc = {
	key: 0,
	class: "tg-results",
	"data-testid": "results"
}, Yc = ["data-node", "onClick"], Xc = { class: "tg-results__rank" }, Zc = { class: "tg-results__text" }, Qc = { class: "tg-results__nums tg-num" }, $c = ["title"], el = {
	key: 0,
	title: "sum of logprobs"
}, tl = { key: 1 }, nl = { key: 2 }, rl = { key: 3 }, il = /*#__PURE__*/ Fs(/* @__PURE__ */ Jn({
	__name: "TgResults",
	setup(e) {
		let t = K(() => Z.value?.results ?? []), n = K(() => {
			wo.value;
			let e = X.value;
			return !e || e.run.strategy.name !== "beam" ? 0 : e.run.nodes.filter((t) => e.isPruned(t.id)).length;
		}), r = K(() => Z.value?.strategy.name === "beam" ? "beam score" : "score");
		function i(e) {
			zo(e, e);
		}
		function a(e) {
			return e.length > 140 ? e.slice(0, 139) + "…" : e;
		}
		return (e, o) => t.value.length ? (B(), V("section", Jc, [H("h2", null, [o[0] ||= W("Results ", -1), H("span", null, D(t.value.length) + ", best first" + D(n.value ? ` · ${n.value} pruned-beam nodes dimmed` : ""), 1)]), H("ol", null, [(B(!0), V(R, null, sr(t.value, (e, t) => (B(), V("li", {
			key: t,
			class: T({ "tg-results__item--on": e.node === F(J) }),
			"data-node": e.node,
			onClick: (t) => i(e.node)
		}, [
			H("span", Xc, "#" + D(t + 1), 1),
			H("span", Zc, D(a(e.text)), 1),
			H("span", Qc, [
				H("span", { title: r.value }, D(e.score.toFixed(3)), 9, $c),
				e.logprob === void 0 ? G("", !0) : (B(), V("span", el, "lp " + D(Number(e.logprob).toFixed(2)), 1)),
				e.num_tokens === void 0 ? G("", !0) : (B(), V("span", tl, D(e.num_tokens) + " tok", 1)),
				e.finish ? (B(), V("span", nl, D(e.finish), 1)) : G("", !0),
				e.sample === void 0 ? G("", !0) : (B(), V("span", rl, "sample " + D(e.sample), 1))
			])
		], 10, Yc))), 128))])])) : G("", !0);
	}
}), [["__scopeId", "data-v-4a9ccf5f"]]), al = {
	key: 0,
	class: "tg-strip",
	"data-testid": "strip",
	"aria-label": "probability and entropy along the path"
}, ol = { class: "tg-strip__cols" }, sl = ["title", "onClick"], cl = { class: "tg-strip__p" }, ll = { class: "tg-strip__h" }, ul = /*#__PURE__*/ Fs(/* @__PURE__ */ Jn({
	__name: "TgStrip",
	setup(e) {
		let t = Math.log(50), n = K(() => {
			let e = Q.value, n = q.value;
			return e.slice(1).map((r, i) => {
				let a = Math.exp(r.logprob ?? NaN), o = e[i].entropy, s = o === null ? `entropy unknown${so(e[i]) ? ` (only the top-k was returned, covering ${oo(co(e[i]))})` : ""}` : `H=${o.toFixed(2)} nats`;
				return {
					id: r.id,
					pos: i + 1,
					prob: a,
					bin: io(a),
					h: o,
					hFrac: o === null ? 0 : Math.min(1, o / t),
					title: `#${i + 1} ${JSON.stringify(n.display(r.token))} p=${oo(a)} ${s}`
				};
			});
		});
		return (e, t) => n.value.length ? (B(), V("section", al, [t[0] ||= H("div", { class: "tg-strip__labels" }, [H("span", null, "p"), H("span", null, "H")], -1), H("div", ol, [(B(!0), V(R, null, sr(n.value, (e) => (B(), V("div", {
			key: e.id,
			class: T(["tg-strip__col", { "tg-strip__col--sel": e.pos === F(Y) }]),
			title: e.title,
			onClick: (t) => F(zo)(e.id)
		}, [H("div", cl, [H("div", {
			class: T(`tg-strip__bar tg-strip__bar--p${e.bin}`),
			style: w({ height: `${Math.max(4, e.prob * 100)}%` })
		}, null, 6)]), H("div", ll, [H("div", {
			class: T(["tg-strip__bar tg-strip__bar--h", { "tg-strip__bar--unknown": e.h === null }]),
			style: w({ height: `${e.h === null ? 100 : Math.max(3, e.hFrac * 100)}%` })
		}, null, 6)])], 10, sl))), 128))])])) : G("", !0);
	}
}), [["__scopeId", "data-v-49d7d100"]]), dl = {
	key: 0,
	class: "tg-text__noprompt",
	"data-testid": "prompt",
	title: "this run was imported without its prompt"
}, fl = {
	key: 1,
	class: "tg-text__prompt",
	"data-testid": "prompt",
	title: "prompt"
}, pl = [
	"data-node",
	"data-pos",
	"title",
	"onClick"
], ml = {
	key: 3,
	class: "tg-text__badge"
}, hl = {
	key: 4,
	class: "tg-text__badge tg-text__badge--result"
}, gl = {
	key: 5,
	class: "tg-text__badge tg-text__badge--pruned"
}, _l = /*#__PURE__*/ Fs(/* @__PURE__ */ Jn({
	__name: "TgText",
	setup(e) {
		let t = K(() => !!Z.value && !Z.value.prompt_token_ids.length && !Z.value.prompt), n = K(() => {
			let e = Z.value;
			if (!e) return "";
			let t = e.prompt_token_ids.length ? q.value.decode(e.prompt_token_ids) : e.prompt;
			return Ao.value ? yo(t) : t;
		}), r = K(() => {
			let e = X.value, t = Q.value;
			if (!e || t.length < 2) return [];
			let n = t.slice(1), r = q.value, i = Ao.value;
			return r.segments(n.map((e) => e.token)).map((t) => {
				let a = 0, o = !1, s = !1, c = !1;
				for (let i = t.start; i < t.end; i++) {
					let t = n[i];
					a += t.logprob ?? NaN, t.parent !== null && e.children(t.parent).length > 1 && (o = !0), r.isSpecial(t.token) && (s = !0), go(t.token) && (c = !0);
				}
				let l = Math.exp(a), u = io(l), d = [u >= 0 ? `tg-p${u}` : "tg-pnone"];
				o && d.push("tg-text__tok--branch"), t.end - t.start > 1 && d.push("tg-text__tok--joined"), s && d.push(i ? "tg-text__tok--special" : "tg-text__tok--hidden"), c && d.push("tg-unmapped"), e.isPruned(n[t.start].id) && d.push("tg-text__tok--pruned");
				let f = s && !i ? "" : i ? yo(t.text) : t.text;
				!i && !s && /^\s*\n/.test(t.text) && d.push("tg-text__tok--nl");
				let p = t.end - t.start > 1 ? ` (${t.end - t.start} tokens)` : "";
				return {
					key: n[t.start].id,
					first: t.start + 1,
					last: t.end,
					text: f,
					cls: d,
					title: `${oo(l)}${p}${o ? " · has branches" : ""}${c ? ` · ${_o}` : ""}`
				};
			});
		}), i = K(() => Q.value[Q.value.length - 1]), a = K(() => Q.value.length > 0 && !!i.value?.top), o = K(() => i.value?.finish ?? null), s = K(() => (i.value && X.value?.isPruned(i.value.id)) ?? !1), c = K(() => i.value ? X.value?.resultRank(i.value.id) : void 0);
		function l(e) {
			zo(Q.value[e.first].id);
		}
		let u = /* @__PURE__ */ P(null);
		return zn(Y, async () => {
			await yn(), (u.value?.querySelector(".tg-text__tok--sel"))?.scrollIntoView?.({ block: "nearest" });
		}), (e, d) => (B(), V("section", {
			ref_key: "box",
			ref: u,
			class: T(["tg-text", { "tg-text--invisible": F(Ao) }]),
			"data-testid": "text"
		}, [
			t.value ? (B(), V("span", dl, "(prompt not recorded) ")) : (B(), V("span", fl, D(n.value), 1)),
			(B(!0), V(R, null, sr(r.value, (e) => (B(), V("span", {
				key: e.key,
				class: T(["tg-text__tok", [e.cls, { "tg-text__tok--sel": F(Y) >= e.first && F(Y) <= e.last }]]),
				"data-node": e.key,
				"data-pos": e.first,
				title: e.title,
				onClick: (t) => l(e)
			}, D(e.text), 11, pl))), 128)),
			a.value ? (B(), V("span", {
				key: 2,
				class: T(["tg-text__next", { "tg-text__tok--sel": F(Y) === F(Q).length }]),
				"data-testid": "next-slot",
				title: "the next-token distribution after this path",
				onClick: d[0] ||= (e) => F(Bo)(i.value.id)
			}, "▸", 2)) : G("", !0),
			o.value ? (B(), V("span", ml, D(o.value === "eos" ? "end of sequence" : "length limit"), 1)) : G("", !0),
			c.value === void 0 ? G("", !0) : (B(), V("span", hl, "result #" + D(c.value + 1), 1)),
			s.value ? (B(), V("span", gl, "pruned beam")) : G("", !0)
		], 2));
	}
}), [["__scopeId", "data-v-8841c11d"]]), vl = ["data-ready"], yl = {
	key: 0,
	class: "tg-app__error",
	role: "alert"
}, bl = {
	key: 1,
	class: "tg-app__loading"
}, xl = { class: "tg-app__main" }, Sl = { class: "tg-app__left" }, Cl = {
	class: "tg-app__tabs tg-noprint",
	role: "tablist"
}, wl = ["aria-selected"], Tl = ["aria-selected"], El = { class: "tg-app__right" }, Dl = /*#__PURE__*/ Fs(/* @__PURE__ */ Jn({
	__name: "TgApp",
	setup(e) {
		let t = In(ss, !1);
		t || os();
		let n = K(() => So.value !== null), r = zn(n, (e) => {
			e && (t || ts(), r());
		});
		return (e, r) => (B(), V("div", {
			class: T(["tg-app", { "tg-app--embedded": F(t) }]),
			"data-ready": n.value ? "true" : "false"
		}, [F(To) ? (B(), V("div", yl, "Cannot show this trace: " + D(F(To)), 1)) : n.value ? (B(), V(R, { key: 2 }, [U($s), H("main", xl, [H("section", Sl, [
			F(Mo) ? (B(), fi(pc, { key: 0 })) : G("", !0),
			H("div", Cl, [
				H("button", {
					role: "tab",
					"aria-selected": F(jo) === "text",
					class: T({ on: F(jo) === "text" }),
					"data-testid": "tab-text",
					onClick: r[0] ||= (e) => jo.value = "text"
				}, "Text", 10, wl),
				H("button", {
					role: "tab",
					"aria-selected": F(jo) === "outline",
					class: T({ on: F(jo) === "outline" }),
					"data-testid": "tab-outline",
					onClick: r[1] ||= (e) => jo.value = "outline"
				}, "Tree", 10, Tl),
				r[2] ||= H("span", { class: "tg-app__hint" }, "← → step · ↑ ↓ candidates · Enter follow", -1)
			]),
			F(jo) === "text" ? (B(), fi(_l, { key: 1 })) : (B(), fi(qc, { key: 2 })),
			U(ul),
			U(rc),
			U(il)
		]), H("aside", El, [U(Is), U(Ac)])])], 64)) : (B(), V("div", bl, "Loading trace…"))], 10, vl));
	}
}), [["__scopeId", "data-v-88054a3e"]]), Ol = class extends Error {};
function kl(e) {
	let t = e.version;
	if (typeof t == "number" && t > 3) throw new Ol(`trace format version ${t} is newer than this viewer reads (up to 3); upgrade tracegen`);
}
// src/source/static.ts
var Al = class e {
	trace;
	mode = "static";
	constructor(e) {
		this.trace = e;
	}
	static fromElement(t) {
		return new e(JSON.parse(t.textContent ?? ""));
	}
	async load() {
		return this.trace;
	}
	readOnly() {
		throw new Ol("this is an exported trace; run `tracegen serve` to explore further");
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
}, jl = new TextDecoder();
function Ml(e) {
	if (!(e instanceof DataView || e instanceof ArrayBuffer || ArrayBuffer.isView(e))) throw new Ol("the widget carries no trace");
	return JSON.parse(jl.decode(e));
}
var Nl = class {
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
		for (let { reject: e } of this.pending.values()) e(new Ol("the widget was closed"));
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
		r && (this.pending.delete(n.id), n.error === void 0 ? r.resolve(t.length ? t[0] : n.reply) : r.reject(new Ol(`${n.status ?? 500}: ${n.error}`)));
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
				this.pending.delete(n), i(new Ol(`cannot reach the kernel (${e.message})`));
			}
		});
	}
	async load() {
		return Ml(await this.request("trace"));
	}
	expand(e, t, n) {
		return n < 0 ? Promise.reject(new Ol(`token ${n} is text only: it has no id to feed the model`)) : this.request("expand", {
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
	downloads() {
		return null;
	}
	figureLink() {
		return null;
	}
}, Pl = ".tg-distribution[data-v-2bc6d941]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;padding:12px 12px 8px}.tg-distribution__head[data-v-2bc6d941]{flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:8px;display:flex}h2[data-v-2bc6d941]{text-transform:uppercase;letter-spacing:.5px;color:var(--fg-soft);margin:0;font-size:13px}.tg-distribution__chosen[data-v-2bc6d941]{align-items:baseline;gap:6px;font-size:13px;display:flex}.tg-distribution__faint[data-v-2bc6d941]{color:var(--fg-faint)}.tg-distribution__stats[data-v-2bc6d941]{flex-wrap:wrap;gap:4px 18px;margin:8px 0 10px;display:flex}.tg-distribution__stats div[data-v-2bc6d941]{flex-direction:column;display:flex}.tg-distribution__stats dt[data-v-2bc6d941]{color:var(--fg-faint);font-size:11px}.tg-distribution__stats dd[data-v-2bc6d941]{margin:0;font-weight:600}.tg-distribution__stats .tg-distribution__faint[data-v-2bc6d941]{font-weight:400}.tg-distribution__tok.tg-unmapped[data-v-2bc6d941]{text-underline-offset:2px}.tg-distribution__cols[data-v-2bc6d941],.tg-distribution__row[data-v-2bc6d941]{grid-template-columns:26px minmax(70px,1.1fr) 1.6fr 62px 14px;align-items:center;gap:8px;display:grid}.tg-distribution__cols[data-v-2bc6d941]{color:var(--fg-faint);border-bottom:1px solid var(--border);padding:0 6px 3px;font-size:11px}.r[data-v-2bc6d941]{text-align:right}.tg-distribution__rows[data-v-2bc6d941]{max-height:460px;margin:0;padding:2px 0;list-style:none;overflow:auto}.tg-distribution__row[data-v-2bc6d941]{border-radius:5px;padding:2px 6px;font-size:13px}.tg-distribution__row--action[data-v-2bc6d941]{cursor:pointer}.tg-distribution__row--action[data-v-2bc6d941]:hover{background:var(--bg-soft)}.tg-distribution__row--chosen[data-v-2bc6d941]{background:var(--accent-soft);font-weight:600}.tg-distribution__row--chosen[data-v-2bc6d941]:hover{background:var(--accent-soft)}.tg-distribution__row--focus[data-v-2bc6d941]{box-shadow:inset 0 0 0 1.5px var(--accent)}.tg-distribution__row--pruned[data-v-2bc6d941]{opacity:.6}.tg-distribution__rank[data-v-2bc6d941]{color:var(--fg-faint);font-size:12px}.tg-distribution__tok[data-v-2bc6d941]{white-space:pre;text-overflow:ellipsis;background:var(--bg-soft);border-radius:3px;justify-self:start;max-width:100%;padding:0 4px;overflow:hidden}.tg-distribution__tok--special[data-v-2bc6d941]{border:1px dashed var(--fg-faint)}.tg-distribution__bar[data-v-2bc6d941]{background:var(--bg-soft);border-radius:3px;height:16px;position:relative;overflow:hidden}.tg-distribution__bar span[data-v-2bc6d941]{background:var(--bar);border-radius:3px;position:absolute;inset:0 auto 0 0}.tg-distribution__row--chosen .tg-distribution__bar span[data-v-2bc6d941]{background:var(--bar-chosen)}.tg-distribution__bar em[data-v-2bc6d941]{color:var(--fg);font-size:11.5px;font-style:normal;line-height:16px;position:absolute;top:0;left:6px}.tg-distribution__lp[data-v-2bc6d941]{color:var(--fg-soft);font-size:12px}.tg-distribution__rest[data-v-2bc6d941]{color:var(--fg-soft);font-style:italic}.tg-distribution__rest .tg-distribution__bar span[data-v-2bc6d941]{background:repeating-linear-gradient(45deg, var(--bar) 0 3px, transparent 3px 6px)}.tg-distribution__rest-note[data-v-2bc6d941]{white-space:nowrap;grid-column:span 2;font-size:11.5px}.tg-distribution__mark[data-v-2bc6d941]{color:var(--accent);font-weight:700}.tg-distribution__empty[data-v-2bc6d941],.tg-distribution__outside[data-v-2bc6d941],.tg-distribution__foot[data-v-2bc6d941]{color:var(--fg-soft);font-size:12px}.tg-distribution__empty[data-v-2bc6d941]{padding:16px 4px}.tg-distribution__foot[data-v-2bc6d941]{color:var(--fg-faint);margin:6px 2px 2px}@media print{.tg-distribution__rows[data-v-2bc6d941]{max-height:none}}.tg-search[data-v-8996ddc1]{flex:0 260px;position:relative}.tg-search input[data-v-8996ddc1]{width:100%}.tg-search__pop[data-v-8996ddc1]{z-index:10;background:var(--bg-panel);border:1px solid var(--border);border-radius:8px;width:420px;max-height:360px;padding:4px;position:absolute;top:calc(100% + 4px);left:0;overflow:auto;box-shadow:0 8px 24px #00000026}.tg-search__count[data-v-8996ddc1]{color:var(--fg-faint);padding:2px 6px 4px;font-size:11px}.tg-search__hit[data-v-8996ddc1]{text-align:left;background:0 0;border:none;border-radius:5px;align-items:baseline;gap:2px;width:100%;padding:3px 6px;display:flex}.tg-search__hit[data-v-8996ddc1]:hover{background:var(--bg-soft)}.tg-search__ctx[data-v-8996ddc1]{color:var(--fg-faint);white-space:pre;text-overflow:ellipsis;direction:rtl;unicode-bidi:plaintext;max-width:220px;font-size:12px;overflow:hidden}.tg-search__tok[data-v-8996ddc1]{background:var(--accent-soft);white-space:pre;border-radius:3px;padding:0 3px}.tg-search__depth[data-v-8996ddc1]{color:var(--fg-faint);margin-left:auto;font-size:11px}.tg-header[data-v-eb121623]{border-bottom:1px solid var(--border);background:var(--bg-soft);z-index:5;flex-wrap:wrap;align-items:center;gap:16px;padding:8px 18px;display:flex;position:sticky;top:0}.tg-header__brand[data-v-eb121623]{letter-spacing:.2px;white-space:nowrap;font-weight:700}.tg-header__logo[data-v-eb121623]{color:var(--accent)}.tg-header__run[data-v-eb121623]{color:var(--fg-soft);flex:0 460px;align-items:center;gap:6px;min-width:0;display:flex}.tg-header__run select[data-v-eb121623]{min-width:0;color:var(--fg);flex:1}.tg-header__tools[data-v-eb121623]{align-items:center;gap:10px;margin-left:auto;display:flex}.tg-header__toggle[data-v-eb121623]{color:var(--fg-soft);white-space:nowrap;align-items:center;gap:4px;font-size:13px;display:flex}@media print{.tg-header[data-v-eb121623]{background:0 0;position:static}}.tg-legend[data-v-44c0b4b9]{color:var(--fg-soft);flex-wrap:wrap;align-items:center;gap:6px 14px;font-size:12px;display:flex}.tg-legend__title[data-v-44c0b4b9]{color:var(--fg-soft)}.tg-legend__item[data-v-44c0b4b9]{align-items:center;gap:5px;display:inline-flex}.tg-legend__swatch[data-v-44c0b4b9]{border:1px solid var(--border);border-radius:3px;width:16px;height:12px;display:inline-block}.tg-legend__hatch[data-v-44c0b4b9]{background:repeating-linear-gradient(45deg, var(--fg-faint) 0 1px, transparent 1px 4px)}.tg-legend__dotted[data-v-44c0b4b9]{text-underline-offset:3px;font-family:var(--mono);-webkit-text-decoration:underline dotted;text-decoration:underline dotted}.tg-legend__prompt[data-v-44c0b4b9]{background:var(--prompt-bg);color:var(--prompt-fg);font-family:var(--mono);border-radius:3px;padding:0 3px}.tg-live[data-v-c004ab20]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;flex-direction:column;gap:8px;padding:10px 12px;font-size:13px;display:flex}.tg-live__row[data-v-c004ab20]{flex-wrap:wrap;align-items:center;gap:8px;display:flex}.tg-live__row textarea[data-v-c004ab20]{resize:vertical;min-width:200px;font-family:var(--mono);flex:1}.tg-live__col[data-v-c004ab20]{flex-direction:column;gap:4px;display:flex}.tg-live__continue input[type=number][data-v-c004ab20]{width:70px}.tg-live__continue input[type=text][data-v-c004ab20]{width:80px}.tg-live__links[data-v-c004ab20]{gap:10px;margin-left:auto;display:flex}.tg-live__links a[data-v-c004ab20]{color:var(--accent)}.tg-live__error[data-v-c004ab20]{color:var(--p4-solid)}.tg-live__busy[data-v-c004ab20]{color:var(--fg-faint)}.tg-meta[data-v-873bdc62]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;padding:12px;font-size:13px}h2[data-v-873bdc62]{text-transform:uppercase;letter-spacing:.5px;color:var(--fg-soft);margin:0 0 6px;font-size:13px}dl[data-v-873bdc62]{grid-template-columns:84px 1fr;gap:3px 10px;margin:0;display:grid}dt[data-v-873bdc62]{color:var(--fg-faint)}dd[data-v-873bdc62]{overflow-wrap:anywhere;margin:0}.tg-meta__faint[data-v-873bdc62]{color:var(--fg-faint)}.tg-meta__param[data-v-873bdc62]{font-family:var(--mono);color:var(--fg-soft);margin-left:8px;font-size:12px}.tg-outline[data-v-3f305700]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;overflow:hidden}.tg-outline__bar[data-v-3f305700]{color:var(--fg-faint);border-bottom:1px solid var(--border);align-items:center;gap:8px;padding:6px 10px;font-size:12px;display:flex}.tg-outline__bar span[data-v-3f305700]{margin-right:auto}.tg-outline__bar button[data-v-3f305700]{padding:1px 8px;font-size:12px}.tg-outline__scroll[data-v-3f305700]{max-height:60vh;overflow:auto}.tg-outline__row[data-v-3f305700]{white-space:nowrap;border-left:3px solid #0000;align-items:center;gap:6px;height:26px;display:flex}.tg-outline__row--path[data-v-3f305700]{border-left-color:var(--accent);background:linear-gradient(90deg, var(--accent-soft), transparent 60%)}.tg-outline__row--pruned[data-v-3f305700]{opacity:.45}.tg-outline__toggle[data-v-3f305700]{width:20px;height:20px;color:var(--fg-soft);text-align:center;background:0 0;border:none;flex:none;padding:0}.tg-outline__toggle--none[data-v-3f305700]{color:var(--fg-faint);line-height:20px}.tg-outline__tokens[data-v-3f305700]{text-overflow:ellipsis;min-width:0;font:13px var(--mono);flex:1;overflow:hidden}.tg-outline__tok[data-v-3f305700]{cursor:pointer;white-space:pre;border-radius:2px;margin-right:1px;padding:0 1px}.tg-outline__tok--sel[data-v-3f305700]{outline:2px solid var(--sel)}.tg-outline__more[data-v-3f305700]{color:var(--fg-faint);margin-left:4px;font-size:11px}.tg-outline__info[data-v-3f305700]{color:var(--fg-faint);flex:none;gap:8px;padding-right:10px;font-size:11px;display:flex}.tg-outline__result[data-v-3f305700]{color:var(--accent);font-weight:700}.tg-results[data-v-4a9ccf5f]{background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;padding:12px}h2[data-v-4a9ccf5f]{text-transform:uppercase;letter-spacing:.5px;color:var(--fg-soft);margin:0 0 6px;font-size:13px}h2 span[data-v-4a9ccf5f]{text-transform:none;letter-spacing:0;color:var(--fg-faint);font-weight:400}ol[data-v-4a9ccf5f]{max-height:260px;margin:0;padding:0;list-style:none;overflow:auto}li[data-v-4a9ccf5f]{cursor:pointer;border-radius:6px;grid-template-columns:28px 1fr;gap:2px 6px;padding:5px 6px;display:grid}li[data-v-4a9ccf5f]:hover{background:var(--bg-soft)}.tg-results__item--on[data-v-4a9ccf5f]{background:var(--accent-soft)}.tg-results__rank[data-v-4a9ccf5f]{color:var(--accent);grid-row:span 2;font-weight:700}.tg-results__text[data-v-4a9ccf5f]{font:13px/1.35 var(--mono);white-space:pre-wrap;overflow-wrap:anywhere}.tg-results__nums[data-v-4a9ccf5f]{color:var(--fg-soft);gap:10px;font-size:11.5px;display:flex}@media print{ol[data-v-4a9ccf5f]{max-height:none}}.tg-strip[data-v-49d7d100]{align-items:stretch;gap:6px;display:flex}.tg-strip__labels[data-v-49d7d100]{font:11px var(--mono);color:var(--fg-faint);flex-direction:column;justify-content:space-around;display:flex}.tg-strip__cols[data-v-49d7d100]{border:1px solid var(--border);background:var(--bg-panel);border-radius:8px;flex:1;gap:1px;padding:4px;display:flex;overflow-x:auto}.tg-strip__col[data-v-49d7d100]{cursor:pointer;border-radius:2px;flex-direction:column;flex:1 0 3px;gap:3px;max-width:22px;display:flex}.tg-strip__col[data-v-49d7d100]:hover{background:var(--bg-soft)}.tg-strip__col--sel[data-v-49d7d100]{background:var(--accent-soft);box-shadow:0 0 0 1px var(--accent)}.tg-strip__p[data-v-49d7d100],.tg-strip__h[data-v-49d7d100]{height:28px;display:flex}.tg-strip__p[data-v-49d7d100]{align-items:flex-end}.tg-strip__h[data-v-49d7d100]{align-items:flex-start;height:20px}.tg-strip__bar[data-v-49d7d100]{border-radius:1px;width:100%}.tg-strip__bar--p0[data-v-49d7d100]{background:var(--p0-solid)}.tg-strip__bar--p1[data-v-49d7d100]{background:var(--p1-solid)}.tg-strip__bar--p2[data-v-49d7d100]{background:var(--p2-solid)}.tg-strip__bar--p3[data-v-49d7d100]{background:var(--p3-solid)}.tg-strip__bar--p4[data-v-49d7d100]{background:var(--p4-solid)}.tg-strip__bar--h[data-v-49d7d100]{background:var(--entropy);opacity:.75}.tg-strip__bar--unknown[data-v-49d7d100]{background:repeating-linear-gradient(45deg, var(--fg-faint) 0 1px, transparent 1px 4px);opacity:.8}.tg-text[data-v-8841c11d]{font:15px/1.9 var(--mono);white-space:pre-wrap;overflow-wrap:anywhere;background:var(--bg-panel);border:1px solid var(--border);border-radius:10px;max-height:52vh;padding:14px 16px;overflow:auto}.tg-text__prompt[data-v-8841c11d]{color:var(--prompt-fg);background:var(--prompt-bg);-webkit-box-decoration-break:clone;box-decoration-break:clone;border-radius:4px;padding:2px 0}.tg-text__tok[data-v-8841c11d]{cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone;border-radius:3px;margin:0 .5px;padding:1px 0;position:relative}.tg-text__tok[data-v-8841c11d]:hover{outline:1px solid var(--fg-faint)}.tg-text__tok--sel[data-v-8841c11d]{outline-offset:0;outline:2px solid var(--sel)!important}.tg-text__tok--branch[data-v-8841c11d]{-webkit-text-decoration:underline dotted var(--fg-soft);text-decoration:underline dotted var(--fg-soft);text-underline-offset:4px}.tg-text__tok--joined[data-v-8841c11d]{box-shadow:inset 0 -2px 0 var(--accent)}.tg-text__tok--pruned[data-v-8841c11d]{opacity:.55}.tg-text__tok--special[data-v-8841c11d]{border:1px dashed var(--fg-faint);padding:0 3px;font-size:12px}.tg-text__tok--nl[data-v-8841c11d]:before{content:\"↵\";opacity:.35;font-size:12px}.tg-text__tok.tg-unmapped[data-v-8841c11d]{-webkit-text-decoration:underline wavy var(--p3-solid) 1px;text-decoration:underline wavy var(--p3-solid) 1px}.tg-text__noprompt[data-v-8841c11d]{color:var(--fg-faint);font:italic 12px var(--sans)}.tg-text__tok--hidden[data-v-8841c11d]{vertical-align:middle;width:6px;height:1em;display:inline-block}.tg-text--invisible .tg-text__tok[data-v-8841c11d]{box-shadow:inset -1px 0 0 var(--fg-faint)}.tg-text__next[data-v-8841c11d]{cursor:pointer;color:var(--accent);border-radius:3px;padding:0 4px}.tg-text__badge[data-v-8841c11d]{font:11px/1 var(--sans);border:1px solid var(--border);color:var(--fg-soft);vertical-align:middle;white-space:nowrap;border-radius:10px;margin-left:6px;padding:3px 6px}.tg-text__badge--result[data-v-8841c11d]{color:var(--accent);border-color:var(--accent)}.tg-text__badge--pruned[data-v-8841c11d]{color:var(--fg-faint)}@media print{.tg-text[data-v-8841c11d]{border:none;max-height:none;overflow:visible}}.tg-app[data-v-88054a3e]{flex-direction:column;min-height:100vh;display:flex}.tg-app--embedded[data-v-88054a3e]{min-height:100%}.tg-app__main[data-v-88054a3e]{flex:1;grid-template-columns:minmax(0,1fr) minmax(340px,420px);align-items:start;gap:16px;padding:14px 18px 24px;display:grid}.tg-app__left[data-v-88054a3e],.tg-app__right[data-v-88054a3e]{flex-direction:column;gap:12px;min-width:0;display:flex}.tg-app__tabs[data-v-88054a3e]{align-items:center;gap:4px;display:flex}.tg-app__tabs button[data-v-88054a3e]{border-radius:6px;padding:2px 12px}.tg-app__tabs button.on[data-v-88054a3e]{background:var(--accent-soft);border-color:var(--accent);color:var(--accent);font-weight:600}.tg-app__hint[data-v-88054a3e]{color:var(--fg-faint);margin-left:auto;font-size:12px}.tg-app__error[data-v-88054a3e],.tg-app__loading[data-v-88054a3e]{color:var(--fg-soft);padding:40px}.tg-app__error[data-v-88054a3e]{color:var(--p4-solid)}@media (max-width:900px){.tg-app__main[data-v-88054a3e]{grid-template-columns:1fr}}@media print{.tg-app__main[data-v-88054a3e]{display:block}.tg-app__right[data-v-88054a3e]{margin-top:16px}}:host{--bg:#fff;--bg-soft:#f6f7f9;--bg-panel:#fff;--fg:#1d2127;--fg-soft:#5b6472;--fg-faint:#8b94a3;--border:#dfe3e8;--accent:#2f6fde;--accent-soft:#e6eefc;--sel:#1d2127;--prompt-bg:#eef0f3;--prompt-fg:#4b5361;--bar:#8fb3ef;--bar-chosen:#86aef2;--p0:#e4f4e4;--p1:#c7eab0;--p2:#fbe39a;--p3:#f9bd84;--p4:#f29191;--p0-solid:#5cb85c;--p1-solid:#93c95a;--p2-solid:#e8b923;--p3-solid:#ec8a3d;--p4-solid:#dc4646;--entropy:#8e6fd1;--mono:ui-monospace, \"SF Mono\", \"Cascadia Code\", \"DejaVu Sans Mono\", Menlo, Consolas, monospace;--sans:system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"Helvetica Neue\", Arial, sans-serif;--lightningcss-light:initial;--lightningcss-dark: ;color-scheme:light dark}@media (prefers-color-scheme:dark){:host{--lightningcss-light: ;--lightningcss-dark:initial;--bg:#15181d;--bg-soft:#1c2027;--bg-panel:#1a1e24;--fg:#e4e7ec;--fg-soft:#a4adbb;--fg-faint:#6f7886;--border:#2d333c;--accent:#6d9ef5;--accent-soft:#223252;--sel:#e4e7ec;--prompt-bg:#242932;--prompt-fg:#aab2bf;--bar:#3d5f9a;--bar-chosen:#3f68b3;--p0:#1d3323;--p1:#2c4a1f;--p2:#574814;--p3:#6a3818;--p4:#70252a}}*{box-sizing:border-box}:host{background:var(--bg);color:var(--fg);font:14px/1.45 var(--sans);margin:0;padding:0}button,input,select,textarea{font:inherit;color:inherit}button{background:var(--bg-panel);border:1px solid var(--border);cursor:pointer;border-radius:6px;padding:3px 10px}button:hover{border-color:var(--accent)}button:disabled{opacity:.5;cursor:default}input,select,textarea{background:var(--bg-panel);border:1px solid var(--border);border-radius:6px;padding:3px 8px}:focus-visible{outline:2px solid var(--accent);outline-offset:1px}.tg-p0{background:var(--p0)}.tg-p1{background:var(--p1)}.tg-p2{background:var(--p2)}.tg-p3{background:var(--p3)}.tg-p4{background:var(--p4)}.tg-mono{font-family:var(--mono)}.tg-unmapped{-webkit-text-decoration:underline wavy var(--p3-solid) 1px;text-decoration:underline wavy var(--p3-solid) 1px;text-underline-offset:4px;-webkit-text-decoration-skip-ink:none;text-decoration-skip-ink:none}.tg-num{font-variant-numeric:tabular-nums}@media print{:host{--bg:#fff;--bg-soft:#f6f7f9;--bg-panel:#fff;--fg:#000;--fg-soft:#444;--fg-faint:#777;--border:#ccc;--prompt-bg:#eee;--prompt-fg:#444;--sel:#000;--accent-soft:#e6eefc;--bar:#8fb3ef;--bar-chosen:#86aef2;--p0:#e4f4e4;--p1:#c7eab0;--p2:#fbe39a;--p3:#f9bd84;--p4:#f29191;color:#000;background:#fff}.tg-noprint{display:none!important}*{-webkit-print-color-adjust:exact;-moz-print-color-adjust:exact;print-color-adjust:exact}}:host{display:block}.tg-widget{border:1px solid var(--border);background:var(--bg);color:var(--fg);font:14px/1.45 var(--sans);border-radius:8px;overflow:auto}.tg-widget:focus{outline:none}\n/*$vite$:1*/", Fl = null;
function Il(e, t) {
	return JSON.stringify(e) === JSON.stringify(t);
}
function Ll(e) {
	if (!e || typeof e != "object" || typeof e.run != "string") return;
	let t = e;
	typeof t.node == "number" ? Il(t, es()) || $o(t) : t.run !== Oo.value && Ro(t.run);
}
async function Rl(e) {
	try {
		Fl = e.get("_live") ? new Nl(e) : null;
		let t = Fl ?? new Al(Ml(e.get("_trace_json"))), n = await t.load();
		kl(n), Lo(t, n), Ll(e.get("selection")), Fl?.onChange(Xo), e.on("change:selection", () => Ll(e.get("selection"))), zn([
			Oo,
			J,
			Y
		], () => {
			let t = es();
			t && !Il(t, e.get("selection")) && (e.set("selection", t), e.save_changes());
		}, { immediate: !0 });
	} catch (e) {
		To.value = e.message;
	}
}
function zl({ model: e }) {
	return Rl(e), () => Fl?.close();
}
function Bl({ model: e, el: t }) {
	let n = t.shadowRoot ?? t.attachShadow({ mode: "open" }), r = document.createElement("style");
	r.textContent = Pl;
	let i = document.createElement("div");
	i.className = "tg-widget";
	let a = () => {
		i.style.height = `${Number(e.get("height")) || 600}px`;
	};
	a(), e.on("change:height", a), i.tabIndex = -1;
	let o = document.createElement("div");
	i.append(o), n.replaceChildren(r, i), t.dataset.lmSuppressShortcuts = "true";
	let s = eo(Dl);
	s.provide(ss, !0), s.mount(o);
	let c = (e) => {
		as(e) && e.stopPropagation();
	};
	return n.addEventListener("keydown", c), () => {
		e.off("change:height", a), n.removeEventListener("keydown", c), s.unmount();
	};
}
var Vl = {
	initialize: zl,
	render: Bl
};
export { Vl as default };
