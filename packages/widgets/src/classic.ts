// The classic <script> build: every widget, defined on load, with Preact and signals inlined.
import './define';
