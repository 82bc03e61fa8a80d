/*
 * ARM template language expressions: the text between the brackets of a JSON string "[...]".
 * There are no operators: everything is a function call, a literal, or an access on one.
 *   concat(variables('vnetId'), '/subnets/', parameters('names')[0])
 *   reference(resourceId('Microsoft.Network/publicIPAddresses', 'pip')).ipAddress
 *   ns.myFunction('x')            (user-defined function)
 */
grammar ArmExpression;

expression
    : value EOF
    ;

value
    : primary accessor*
    ;

primary
    : functionCall      # callPrimary
    | STRING            # stringPrimary
    | INTEGER           # integerPrimary
    ;

functionCall
    : functionName '(' arguments? ')'
    ;

functionName
    : IDENTIFIER ('.' IDENTIFIER)?
    ;

arguments
    : value (',' value)*
    ;

accessor
    : '.' IDENTIFIER    # propertyAccess
    | '[' value ']'     # indexAccess
    ;

// Single-quoted; a doubled quote stands for one quote character.
STRING
    : '\'' ( ~'\'' | '\'\'' )* '\''
    ;

INTEGER
    : '-'? [0-9]+
    ;

IDENTIFIER
    : [a-zA-Z_$] [a-zA-Z0-9_$\-]*
    ;

WS
    : [ \t\r\n]+ -> skip
    ;
