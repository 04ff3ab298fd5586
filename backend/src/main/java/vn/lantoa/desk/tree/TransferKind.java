package vn.lantoa.desk.tree;

/** How a case went from one unit to another: forwarded by an officer (it moved), or escalated for being late (it stayed). */
public enum TransferKind {
    FORWARDED,
    ESCALATED
}
